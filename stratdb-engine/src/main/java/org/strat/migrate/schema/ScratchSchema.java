package org.strat.migrate.schema;

import org.strat.migrate.catalog.Identifiers;
import org.strat.migrate.catalog.SchemaReader;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.run.RevisionFailedException;
import org.strat.migrate.run.RevisionRunner;
import org.strat.migrate.sql.SqlLexer;
import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Builds revisions' schemas where they cannot disturb anything: in a scratch schema of the same database, inside a
 * transaction that is always rolled back, so that neither the schema nor anything built in it outlives
 * {@link #close()}. Needs no CREATEDB, only CREATE on the database (for the scratch schema), or CREATE on an
 * existing empty schema named by the caller.
 *
 * <p>The upgrade sections run with {@code search_path} set to the scratch schema alone, so an unqualified name
 * can only create or find objects there. A revision that names another schema explicitly, or relies on an
 * extension installed in another schema, is outside what this can build. Owns the transaction, not the connection.
 * Public for autogenerate and check, which build the models' schema (Hibernate's DDL) here the same way.
 */
public final class ScratchSchema implements AutoCloseable {

    // CONCURRENTLY cannot run in a transaction block; on the empty tables of a scratch schema the plain form
    // builds the same index.
    private static final Pattern CONCURRENT = Pattern.compile(
            "(?is)^(CREATE\\s+(UNIQUE\\s+)?INDEX|DROP\\s+INDEX|REINDEX\\s+\\w+|REFRESH\\s+MATERIALIZED\\s+VIEW)\\s+CONCURRENTLY\\b");

    private final Connection connection;
    private final String schema;
    private final boolean named;
    private final boolean autoCommitBefore;
    private final Login login;

    private ScratchSchema(Connection connection, String schema, boolean named, boolean autoCommitBefore, Login login) {
        this.connection = connection;
        this.schema = schema;
        this.named = named;
        this.autoCommitBefore = autoCommitBefore;
        this.login = login;
    }

    /**
     * Opens the transaction and the scratch schema: a new one, or {@code existing} (which must be empty).
     */
    public static ScratchSchema open(Connection connection, String existing) throws SQLException {
        Login login = Login.of(connection);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        String name = existing == null ? "stratdb_scratch_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt())
                : existing;
        ScratchSchema scratch = new ScratchSchema(connection, name, existing != null, autoCommit, login);
        try {
            if (existing == null) {
                scratch.execute("CREATE SCHEMA " + Identifiers.quote(name));
            } else {
                scratch.requireEmpty();
            }
            return scratch;
        } catch (SQLException | RuntimeException e) {
            scratch.close();
            if (e instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                throw scratch.notPermitted(existing == null);
            }
            throw e;
        }
    }

    /** Runs the file's upgrade section in the scratch schema. */
    void apply(RevisionFile file) {
        String current = "SET search_path";
        try {
            setSearchPath();
            for (String statement : file.upgradeStatements()) {
                current = statement;
                execute(withoutConcurrently(statement));
            }
        } catch (SQLException e) {
            if (named && "42501".equals(e.getSQLState())) {
                throw notPermitted(false);
            }
            throw new MigrationRefusedException("Could not build the schema of revision " + file.toRevision().label()
                    + " for comparison: " + RevisionFailedException.trim(current) + " -> " + RevisionRunner.databaseMessage(e)
                    + ". Nothing was changed (it ran in a scratch schema that was rolled back). Fix the revision,"
                    + " or record without comparing: --force.");
        }
    }

    /**
     * Runs statements that are not a revision's (the models' DDL) in the scratch schema; a failure is the caller's
     * to explain, since only the caller knows where the statements came from.
     */
    public void run(List<String> statements) throws SQLException {
        setSearchPath();
        for (String statement : statements) {
            execute(statement);
        }
    }

    /** The schema built so far, read as if it were {@code liveSchema} (whose objects stay visible by name). */
    public SchemaSnapshot snapshot(String liveSchema) throws SQLException {
        return new SchemaReader(connection).read(schema, SchemaReader.Scope.APPLICATION, liveSchema);
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.setAutoCommit(autoCommitBefore);
        }
    }

    /** The form of a statement that can run in a transaction block: without CONCURRENTLY where it says so. */
    public static String withoutConcurrently(String statement) {
        String code = statement.substring(SqlLexer.codeStart(statement));
        return CONCURRENT.matcher(code).find() ? code.replaceFirst("(?i)\\s+CONCURRENTLY\\b", "") : statement;
    }

    private void requireEmpty() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(ScratchSchema.class, "objects-in-schema"))) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new MigrationRefusedException("Scratch schema \"" + schema + "\" does not exist. Create it"
                            + " (CREATE SCHEMA " + Identifiers.quote(schema) + "), or leave out --scratch-schema.");
                }
                if (rows.getLong(1) > 0) {
                    throw new MigrationRefusedException("Scratch schema \"" + schema + "\" holds " + rows.getLong(1)
                            + " object(s); it must be empty, so that only a revision's objects are compared. Name an"
                            + " empty schema.");
                }
            }
        }
    }

    private MigrationRefusedException notPermitted(boolean creatingSchema) {
        String who = "user \"" + login.user() + "\" of database \"" + login.database() + "\"";
        String what = creatingSchema
                ? who + " may not create a schema in this database"
                : who + " may not create objects in schema \"" + schema + "\"";
        return new MigrationRefusedException("Cannot build a revision's schema for comparison: " + what + ". Stamp"
                + " builds it in a scratch schema inside a transaction it rolls back, so nothing stays; it needs CREATE"
                + " on the database (GRANT CREATE ON DATABASE " + Identifiers.quote(login.database()) + " TO "
                + Identifiers.quote(login.user()) + "), or an existing empty schema the user may create in, named with"
                + " --scratch-schema. Nothing was changed.");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    // Local to the transaction, so it ends with the rollback; set again before each revision in case one changed it.
    private void setSearchPath() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(ScratchSchema.class, "search-path"))) {
            statement.setString(1, Identifiers.quote(schema));
            statement.execute();
        }
    }

    /** Who is connected where, read before anything can fail: an aborted transaction answers no query. */
    private record Login(String user, String database) {

        static Login of(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(SqlResource.of(ScratchSchema.class, "describe-user"))) {
                rows.next();
                return new Login(rows.getString(1), rows.getString(2));
            }
        }
    }
}
