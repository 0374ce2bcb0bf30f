package org.strat.migrate.history;

import java.time.OffsetDateTime;

/** A row of stratdb_revision: a revision applied to this database, with the checksum of its file then. */
public record AppliedRevision(String revision, String checksum, String fileName, OffsetDateTime appliedAt,
                              String appliedBy, int durationMs) {
}
