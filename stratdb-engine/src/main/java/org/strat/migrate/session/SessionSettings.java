package org.strat.migrate.session;

import org.strat.migrate.connect.ServerVersion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Session settings of the connection that runs revision SQL, applied once the migration lock is held (a waiter
 * must not carry a short lock_timeout into its own lock wait).
 */
public final class SessionSettings {

    private SessionSettings() {
    }

    static void apply(Connection connection, MigrationTimeouts timeouts) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("lock_timeout", timeouts.lockTimeout().toMillis() + "ms");
        settings.put("statement_timeout", timeouts.statementTimeout().toMillis() + "ms");
        if (ServerVersion.major(connection) >= 14) {
            // Without it, a backend whose client was killed mid-statement (a deploy killed during a slow revision)
            // keeps running the statement, and holding its locks, until the statement ends (PostgreSQL 14+).
            settings.put("client_connection_check_interval", "1000ms");
        }
        // One round trip for all of them.
        String select = "SELECT " + String.join(", ", Collections.nCopies(settings.size(), "set_config(?, ?, false)"));
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            int parameter = 1;
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                statement.setString(parameter++, setting.getKey());
                statement.setString(parameter++, setting.getValue());
            }
            statement.execute();
        }
    }

    public static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
