package org.strat.migrate.command;

import java.util.List;

/** Every revision, base first, applied or pending; and the applied revisions no file describes. */
public record HistoryResult(List<HistoryEntry> entries, List<String> unknown) {

    public HistoryResult {
        entries = List.copyOf(entries);
        unknown = List.copyOf(unknown);
    }
}
