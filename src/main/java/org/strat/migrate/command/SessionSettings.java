package org.strat.migrate.command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Session settings of the connection that runs revision SQL, applied once the migration lock is held (a waiter
 * must not carry a short lock_timeout into its own lock wait).
 */
final class SessionSettings {

    private SessionSettings() {
    }

    static void apply(Connection connection, MigrationTimeouts timeouts) throws SQLException {
        set(connection, "lock_timeout", timeouts.lockTimeout().toMillis() + "ms");
        set(connection, "statement_timeout", timeouts.statementTimeout().toMillis() + "ms");
        if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
            // Without it, a backend whose client was killed mid-statement (a deploy killed during a slow revision)
            // keeps running the statement, and holding its locks, until the statement ends (PostgreSQL 14+).
            set(connection, "client_connection_check_interval", "1000ms");
        }
    }

    private static void set(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
            statement.setString(1, name);
            statement.setString(2, value);
            statement.execute();
        }
    }

    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
