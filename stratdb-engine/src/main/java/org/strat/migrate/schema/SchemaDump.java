package org.strat.migrate.schema;

import org.strat.migrate.catalog.SchemaReader;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.change.CreateScript;
import org.strat.migrate.connect.ServerVersion;
import org.strat.migrate.connect.UrlMasking;
import org.strat.migrate.run.RevisionRunner;
import org.strat.migrate.session.DatabaseAccessException;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Write the database schema as SQL: with pg_dump {@code --schema-only} when it is on PATH and at least as new as
 * the server (pg_dump refuses newer servers), else from the catalog with {@link CreateScript}, which recreates the
 * current schema's tables, sequences, constraints, indexes, views and materialized views and names in its header
 * what it leaves out. If pg_dump fails, the catalog dump is written instead and the note says why.
 *
 * <p>Usage: {@code new SchemaDump(context).run().sql()}. Reads only; takes no lock.
 */
public final class SchemaDump {

    private final MigrationContext context;
    private final boolean pgDumpAllowed;
    private final Optional<PgDump> pgDump;
    private final boolean versionChecked;

    public SchemaDump(MigrationContext context) {
        this(context, true, PgDump.onPath(System.getenv("PATH")), true);
    }

    private SchemaDump(MigrationContext context, boolean pgDumpAllowed, Optional<PgDump> pgDump, boolean versionChecked) {
        this.context = context;
        this.pgDumpAllowed = pgDumpAllowed;
        this.pgDump = pgDump;
        this.versionChecked = versionChecked;
    }

    /** The same dump, never with pg_dump (--no-pg-dump). */
    public SchemaDump withoutPgDump() {
        return new SchemaDump(context, false, pgDump, versionChecked);
    }

    /** Uses this pg_dump whatever its version: for tests of the pg_dump path against a server it does not match. */
    SchemaDump withPgDumpUnchecked(PgDump program) {
        return new SchemaDump(context, true, Optional.of(program), false);
    }

    public SchemaDumpResult run() {
        try (Connection connection = context.connections().open()) {
            return run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The dump, read on the caller's connection (the downgrade guard dumps on its work connection). */
    public SchemaDumpResult run(Connection connection) throws SQLException {
        String reason = reasonNotToUsePgDump(ServerVersion.major(connection));
        if (reason == null) {
            try {
                return new SchemaDumpResult(pgDump.orElseThrow().dumpSchema(context.connections().settings()),
                        SchemaDumpResult.Method.PG_DUMP, null);
            } catch (RuntimeException e) {
                reason = pgDump.orElseThrow().executable() + " failed: "
                        + UrlMasking.scrub(e.getMessage(), context.connections().settings().password());
            }
        }
        return new SchemaDumpResult(fromCatalog(connection, reason), SchemaDumpResult.Method.CATALOG, reason);
    }

    private String reasonNotToUsePgDump(int serverMajor) {
        if (!pgDumpAllowed) {
            return "pg_dump not used (--no-pg-dump)";
        }
        if (pgDump.isEmpty()) {
            return "pg_dump is not on PATH";
        }
        if (!versionChecked) {
            return null;
        }
        int major = pgDump.get().majorVersion();
        if (major < serverMajor) {
            return pgDump.get().executable() + " is version " + (major < 0 ? "unknown" : major)
                    + ", older than the server (PostgreSQL " + serverMajor + "), which pg_dump refuses to dump";
        }
        return null;
    }

    private static String fromCatalog(Connection connection, String reason) throws SQLException {
        SchemaReader reader = new SchemaReader(connection);
        SchemaSnapshot snapshot = reader.read(reader.currentSchema(), SchemaReader.Scope.EVERYTHING);
        StringBuilder sql = new StringBuilder();
        header(connection, snapshot.schema(), reason).forEach(line -> sql.append("-- ").append(line).append('\n'));
        for (String statement : CreateScript.statements(snapshot)) {
            sql.append('\n').append(statement);
        }
        return sql.toString();
    }

    private static List<String> header(Connection connection, String schema, String reason) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.of(SchemaDump.class, "not-covered"))) {
            rows.next();
            lines.add("Schema \"" + schema + "\" of database \"" + rows.getString(5) + "\", written by stratdb from the"
                    + " catalog at " + OffsetDateTime.now().withNano(0) + " (" + reason + ").");
            lines.add("Recreates tables, columns, defaults, constraints, sequences, indexes, views and materialized views.");
            List<String> missing = new ArrayList<>();
            String[] kinds = {"routine(s)", "trigger(s)", "type(s)", "extension(s)"};
            for (int i = 0; i < kinds.length; i++) {
                if (rows.getLong(i + 1) > 0) {
                    missing.add(rows.getLong(i + 1) + " " + kinds[i]);
                }
            }
            if (!missing.isEmpty()) {
                lines.add("NOT included although the schema has them: " + String.join(", ", missing)
                        + ". Use pg_dump for a complete dump.");
            }
        }
        return lines;
    }

    private DatabaseAccessException failure(SQLException e) {
        return new DatabaseAccessException("Could not read the schema to dump it: "
                + UrlMasking.scrub(RevisionRunner.databaseMessage(e), context.connections().settings().password())
                + ". Check that the user may read the catalog, then retry.", e);
    }
}
