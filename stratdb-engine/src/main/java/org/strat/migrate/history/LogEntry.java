package org.strat.migrate.history;

import java.time.OffsetDateTime;

/** A row of the append-only stratdb_log. */
public record LogEntry(long id, String revision, Direction direction, String checksum, OffsetDateTime loggedAt,
                       String databaseUser, String osUser, String clientHost, int durationMs, String note) {
}
