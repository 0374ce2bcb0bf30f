package org.strat.stats;

import org.strat.migrate.connect.ConnectionFactory;
import org.strat.migrate.connect.DatabaseSettings;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where the stats classes get their connections: the application's pool, or plain connections from settings.
 *
 * <p>Each call opens (or borrows) one connection; the stats class that asked closes it when its call ends.
 */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;

    /** The application's pool (HikariCP): connections are borrowed and given back. */
    static ConnectionSource of(DataSource dataSource) {
        return dataSource::getConnection;
    }

    /** Plain connections for a command or a test; a failure to connect is an {@code UnableToConnectException}. */
    static ConnectionSource of(DatabaseSettings settings) {
        ConnectionFactory connections = new ConnectionFactory(settings);
        return connections::open;
    }
}
