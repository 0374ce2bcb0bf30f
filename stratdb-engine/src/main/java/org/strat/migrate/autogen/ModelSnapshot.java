package org.strat.migrate.autogen;

import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.schema.ScratchSchema;
import org.strat.migrate.sql.SqlStatements;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The models' schema as the live server renders it: the models' DDL ({@link DesiredSchema}, Hibernate's for the strat layer) run in a scratch schema
 * inside a transaction that is rolled back, then read with the same catalog reader as the live schema. Reading both
 * sides from one server is what makes equal spellings equal ({@code int4}/{@code integer}, {@code IN (...)} /
 * {@code = ANY (ARRAY[...])}); comparing Hibernate's text with the catalog's could not.
 */
final class ModelSnapshot {

    private ModelSnapshot() {
    }

    /**
     * @param liveSchema the schema the result is compared with; the snapshot reads as if it were that schema
     */
    static SchemaSnapshot read(Connection connection, String liveSchema, DesiredSchema models) throws SQLException {
        List<String> statements = SqlStatements.split(models.ddl());
        try (ScratchSchema scratch = ScratchSchema.open(connection, null)) {
            try {
                scratch.run(statements);
            } catch (SQLException e) {
                // The models' own DDL failing on this server is a mapping problem (a @Check or @ColumnDefault in a
                // form PostgreSQL rejects), not a database one; the scratch schema is rolled back either way.
                throw new MigrationRefusedException("The models' DDL does not run on this server: "
                        + firstLine(e) + ". Fix the mapping (the SQL in its @Check, @ColumnDefault or columnDefinition);"
                        + " nothing was changed.");
            }
            return scratch.snapshot(liveSchema);
        }
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).replaceFirst("^ERROR:\\s*", "").strip();
    }
}
