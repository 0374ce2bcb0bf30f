package org.strat.migrate.command;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One revision as {@code history} shows it: what the file says, and when, by whom and how fast it was applied
 * (null for a pending revision).
 */
public record HistoryEntry(String revision, List<String> downRevisions, String message, String date, String fileName,
                           boolean head, boolean current, boolean applied, OffsetDateTime appliedAt,
                           String appliedBy, Integer durationMs) {

    public HistoryEntry {
        downRevisions = List.copyOf(downRevisions);
    }
}
