package org.strat.migrate.stamp;

import java.util.List;

/**
 * Signs of where a database's schema came from when stratdb has no revision recorded for it.
 *
 * @param applicationTables tables in the current schema besides the tools' own
 * @param alembicVersions   what the original Python tool's alembic_version table says (one row per head); empty
 *                          when there is no such table
 * @param alembicTable      whether an alembic_version table exists (it may be empty, or lack version_num)
 */
public record SchemaOrigin(int applicationTables, List<String> alembicVersions, boolean alembicTable) {

    public SchemaOrigin {
        alembicVersions = List.copyOf(alembicVersions);
    }

    /** "alembic_version says 001", or null when there is no such table. */
    public String alembicSays() {
        if (!alembicTable) {
            return null;
        }
        return alembicVersions.isEmpty() ? "alembic_version is empty" : "alembic_version says " + String.join(", ", alembicVersions);
    }
}
