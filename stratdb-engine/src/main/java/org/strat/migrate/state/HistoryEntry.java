package org.strat.migrate.state;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One revision as {@code history} shows it: what the file says, and when, by whom and how fast it was applied
 * (null for a pending revision).
 *
 * @param inFiles false for a revision the database applied that no revision file of the checkout describes; its
 *                parents, message and date come from the text the database stored (null, and no parents, when it
 *                stored none), and its file name from its bookkeeping
 */
public record HistoryEntry(String revision, List<String> downRevisions, String message, String date, String fileName,
                           boolean head, boolean current, boolean applied, OffsetDateTime appliedAt,
                           String appliedBy, Integer durationMs, boolean inFiles) {

    public HistoryEntry {
        downRevisions = List.copyOf(downRevisions);
    }

    public HistoryEntry(String revision, List<String> downRevisions, String message, String date, String fileName,
                        boolean head, boolean current, boolean applied, OffsetDateTime appliedAt, String appliedBy,
                        Integer durationMs) {
        this(revision, downRevisions, message, date, fileName, head, current, applied, appliedAt, appliedBy,
                durationMs, true);
    }
}
