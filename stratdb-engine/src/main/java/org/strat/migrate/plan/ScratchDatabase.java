package org.strat.migrate.plan;

import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.change.CreateScript;
import org.strat.migrate.connect.ConnectionFactory;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throwaway database on the live server holding a schema-only copy of the live schema, written from the live
 * catalog's description ({@link CreateScript}) and committed there; {@link #close()} drops it.
 *
 * <p>Why a database and not a scratch schema in a rolled-back transaction (as stamp and check use): a relation
 * created in a transaction stays ACCESS EXCLUSIVE locked by it until the transaction ends, so in that transaction
 * {@code pg_locks} cannot show which locks a later statement takes on it. Committed in a database of its own, the
 * copy starts each statement with no lock held, and nothing of it can reach a live object: PostgreSQL has no
 * cross-database references. Needs CREATEDB. A copy left by a killed plan is dropped by the next one an hour later.
 *
 * <p>Owns its connection to the scratch database; the caller owns {@code admin}, a connection to the live server.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final Connection admin;
    private final String name;
    private final Connection connection;

    private ScratchDatabase(Connection admin, String name, Connection connection) {
        this.admin = admin;
        this.name = name;
        this.connection = connection;
    }

    /**
     * Creates the database and the copy of {@code live} in it.
     *
     * @param admin    an autocommit connection to the live server (CREATE and DROP DATABASE run on it)
     * @param settings the live database's settings; the scratch database is reached the same way
     */
    public static ScratchDatabase create(Connection admin, DatabaseSettings settings, SchemaSnapshot live) {
        String name = "stratdb_plan_" + System.currentTimeMillis() / 1000 + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try {
            dropAbandoned(admin);
            execute(admin, rendered(admin, "create", name));
        } catch (SQLException e) {
            throw cannotCreate(e);
        }
        Connection connection = null;
        try {
            connection = new ConnectionFactory(settings.forDatabase(name)).open();
            ScratchDatabase scratch = new ScratchDatabase(admin, name, connection);
            scratch.copy(live);
            return scratch;
        } catch (RuntimeException | SQLException e) {
            closeQuietly(connection);
            drop(admin, name);
            if (e instanceof PlanFailedException failed) {
                throw failed;
            }
            String reason = e instanceof SQLException sql ? PlanFailedException.describe(sql) : e.getMessage();
            throw new PlanFailedException("Could not build the scratch copy of the live schema: " + reason
                    + ". Nothing was changed.", e);
        }
    }

    public String name() {
        return name;
    }

    /** The scratch database's connection, in autocommit; statements traced on it run in its default schema. */
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        closeQuietly(connection);
        drop(admin, name);
    }

    private void copy(SchemaSnapshot live) throws SQLException {
        String current = null;
        execute(connection, SqlResource.of(ScratchDatabase.class, "session"));
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : CreateScript.statements(live)) {
                current = sql;
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new PlanFailedException("Could not build the scratch copy of the live schema: " + oneLine(current)
                    + " -> " + PlanFailedException.describe(e) + ". The copy is written from the catalog and leaves out routines,"
                    + " triggers, types and extensions; a schema that needs them cannot be planned. Nothing was changed.", e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void dropAbandoned(Connection admin) throws SQLException {
        List<String> abandoned = new ArrayList<>();
        try (Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery(SqlResource.of(ScratchDatabase.class, "abandoned"))) {
            while (rows.next()) {
                abandoned.add(rows.getString(1));
            }
        }
        for (String old : abandoned) {
            drop(admin, old);
        }
    }

    private static void drop(Connection admin, String database) {
        try {
            execute(admin, rendered(admin, "drop", database));
        } catch (SQLException e) {
            // The plan's answer stands; an undropped copy is only disk space, and the next plan drops it.
            System.getLogger(ScratchDatabase.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not drop scratch database " + database + ": " + e.getMessage());
        }
    }

    private static String rendered(Connection admin, String resource, String database) throws SQLException {
        try (PreparedStatement statement = admin.prepareStatement(SqlResource.of(ScratchDatabase.class, resource))) {
            statement.setString(1, database);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static PlanFailedException cannotCreate(SQLException e) {
        if ("42501".equals(e.getSQLState())) {
            return new PlanFailedException("The plan needs a scratch database to measure the statements in, and this"
                    + " user may not create databases. Run the plan as a user with CREATEDB (ALTER ROLE ... CREATEDB)."
                    + " Nothing was changed.", e);
        }
        return new PlanFailedException("Could not create the plan's scratch database: " + PlanFailedException.describe(e)
                + ". Nothing was changed.", e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing is best effort; the drop below ends the session anyway (WITH (FORCE)).
            }
        }
    }

    private static String oneLine(String sql) {
        return sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
    }
}
