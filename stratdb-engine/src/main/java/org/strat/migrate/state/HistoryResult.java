package org.strat.migrate.state;

import java.util.List;

/**
 * Every revision, base first, applied or pending, including those the database applied that no file describes
 * (marked {@link HistoryEntry#inFiles()} false); {@code unknown} lists the latter's ids, and {@code ahead} says
 * what they are the way every command says it.
 */
public record HistoryResult(List<HistoryEntry> entries, List<String> unknown, RevisionsAhead ahead) {

    public HistoryResult {
        entries = List.copyOf(entries);
        unknown = List.copyOf(unknown);
        ahead = ahead == null ? new RevisionsAhead("", List.of(), null) : ahead;
    }

    public HistoryResult(List<HistoryEntry> entries, List<String> unknown) {
        this(entries, unknown, null);
    }
}
