package org.strat.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import jakarta.persistence.EntityManagerFactory;
import org.strat.migrate.connect.ConnectionFactory;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.connect.ServerVersion;
import org.strat.migrate.connect.UnableToConnectException;
import org.strat.migrate.connect.UrlMasking;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.DatabaseAccessException;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The application's database start-up, in place of the old {@code create_all()}: it creates nothing, and refuses
 * to start unless the schema is at the head of the packaged revisions and the models validate against it.
 *
 * <p>Usage: {@code try (ApplicationDatabase database = ApplicationDatabase.open(settings)) { … }}. The instance
 * owns the connection pool and the entity manager factory, both thread-safe, and closes them.
 */
public final class ApplicationDatabase implements AutoCloseable {

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final EntityManagerFactory entityManagerFactory;
    private final StartupCheck startupCheck;

    private ApplicationDatabase(DatabaseSettings settings, HikariDataSource pool,
                                EntityManagerFactory entityManagerFactory, StartupCheck startupCheck) {
        this.settings = settings;
        this.pool = pool;
        this.entityManagerFactory = entityManagerFactory;
        this.startupCheck = startupCheck;
    }

    public static ApplicationDatabase open(DatabaseSettings settings) {
        return open(settings, RevisionSource.classpath());
    }

    /**
     * Reads the revision files first (a broken build fails before it connects), opens the pool, builds the factory
     * without Hibernate's schema validation, then runs the {@link StartupCheck} on one pooled connection, which
     * checks the revisions and validates the models in a few catalog queries where Hibernate's validator read
     * JDBC metadata table by table.
     *
     * @throws SchemaNotReadyException when the schema is not at head or does not match the models
     * @throws UnableToConnectException when the database cannot be reached or its server is too old
     */
    public static ApplicationDatabase open(DatabaseSettings settings, RevisionSource revisions) {
        RevisionGraph graph = StartupCheck.revisionGraph(revisions);
        HikariDataSource pool = openPool(settings);
        EntityManagerFactory factory = null;
        try {
            factory = EntityManagerFactories.create(pool, false);
            ApplicationDatabase database =
                    new ApplicationDatabase(settings, pool, factory, StartupCheck.of(graph, factory));
            database.requireReadyToStart();
            return database;
        } catch (RuntimeException e) {
            closeAll(factory, pool);
            throw e;
        }
    }

    /**
     * Runs the start-up check again on one pooled connection, for a health check or to time it; {@link #open}
     * has run it once already.
     */
    public StartupCheckResult check() {
        return onOneConnection(startupCheck::run);
    }

    private void requireReadyToStart() {
        StartupCheckResult result = onOneConnection(connection -> {
            requireSupportedServer(connection, settings);
            return startupCheck.run(connection);
        });
        result.requireReady(settings.displayUrl());
    }

    private <T> T onOneConnection(ConnectionWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseAccessException("Could not run the start-up check on " + settings.displayUrl() + ": "
                    + UrlMasking.scrub(firstLine(e.getMessage()), settings.password())
                    + ". Check that the user may read the stratdb_revision table and the system catalogs.", e);
        }
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static HikariDataSource openPool(DatabaseSettings settings) {
        try {
            return new HikariDataSource(poolConfig(settings));
        } catch (HikariPool.PoolInitializationException e) {
            throw diagnose(settings, e);
        }
    }

    /**
     * The pool reports a failed first connection in the driver's words. Connecting once more the way the stratdb
     * commands do throws their message instead, which names the cause and the fix (wrong password, no such
     * database, connection refused, server too old); a second attempt, but only on this failure path.
     */
    private static UnableToConnectException diagnose(DatabaseSettings settings, RuntimeException poolFailure) {
        Connection probe = new ConnectionFactory(settings).open();
        try {
            probe.close();
        } catch (SQLException ignored) {
            // The probe was only opened for its error; it succeeded, so the pool's own failure is reported below.
        }
        return new UnableToConnectException("Cannot open a connection pool to " + settings.displayUrl() + ": "
                + UrlMasking.scrub(firstLine(rootMessage(poolFailure)), settings.password()), poolFailure);
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("strat");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.addDataSourceProperty("ApplicationName", "strat-gameplay");
        // The same bound on reaching the server as the stratdb commands have (ConnectionFactory).
        config.addDataSourceProperty("connectTimeout", "10");
        return config;
    }

    // The revisions need PostgreSQL 13 (ConnectionFactory says why), which the stratdb commands checked before
    // the pool existed. The driver knows the server's version from the connection handshake: asking costs no query.
    private static void requireSupportedServer(Connection connection, DatabaseSettings settings) throws SQLException {
        if (ServerVersion.major(connection) < ConnectionFactory.MINIMUM_SERVER_VERSION) {
            throw new UnableToConnectException("The server at " + settings.displayUrl() + " runs PostgreSQL "
                    + ServerVersion.reported(connection) + "; the application needs "
                    + ConnectionFactory.MINIMUM_SERVER_VERSION + " or newer. Upgrade the server or point the"
                    + " application at another one.", null);
        }
    }

    private static void closeAll(EntityManagerFactory factory, HikariDataSource pool) {
        try {
            if (factory != null) {
                factory.close();
            }
        } finally {
            pool.close();
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    public DataSource dataSource() {
        return pool;
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    @Override
    public void close() {
        closeAll(entityManagerFactory, pool);
    }
}
