package org.strat.testing;

import org.strat.migrate.connect.DatabaseSettings;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A fresh, empty database of the shared test server, owned by one test and dropped after it.
 *
 * <p>Connections from {@link #connect()} belong to the caller, who closes them.
 */
public final class TestDatabase {

    private final PostgresServer server;
    private final String name;

    TestDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** A fresh database of the shared test server, for a test that needs several; {@link #drop()} it after. */
    public static TestDatabase create(String hint) {
        PostgresServer server = PostgresServer.get();
        return new TestDatabase(server, server.createDatabase(hint));
    }

    public void drop() {
        server.dropDatabase(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** Settings as a user of the tool would give them: the trusted superuser, no password. */
    public DatabaseSettings settings() {
        return new DatabaseSettings(jdbcUrl(), "postgres", null, DatabaseSettings.Source.URL_OPTION);
    }

    /** A {@code postgresql://} URL for the CLI, as the trusted superuser. */
    public String url() {
        return "postgresql://postgres@localhost:" + server.port() + "/" + name;
    }

    public Connection connect() throws SQLException {
        return server.superuserConnection(name);
    }

    public PostgresServer server() {
        return server;
    }
}
