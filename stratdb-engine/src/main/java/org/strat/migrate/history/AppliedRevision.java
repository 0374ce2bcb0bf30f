package org.strat.migrate.history;

import java.time.OffsetDateTime;

/**
 * A row of stratdb_revision: a revision applied to this database, with the checksum of its file then.
 *
 * @param appliedText the file's whole text as applied (or as accepted since), or null when the revision was
 *                    recorded before stratdb stored it (a database migrated by an older release)
 */
public record AppliedRevision(String revision, String checksum, String fileName, OffsetDateTime appliedAt,
                              String appliedBy, int durationMs, String appliedText) {

    /** Whether the database knows what this revision's file said when it was applied. */
    public boolean hasText() {
        return appliedText != null;
    }
}
