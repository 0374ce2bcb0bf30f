package org.strat.migrate.connect;

import org.postgresql.core.BaseConnection;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The server's version as the driver learnt it from the connection handshake: no query, and without loading the
 * driver's large metadata class, which a short command would otherwise load for this alone.
 */
public final class ServerVersion {

    private ServerVersion() {
    }

    /** The major version, e.g. 17 (works through a pool's proxy connection too). */
    public static int major(Connection connection) throws SQLException {
        return connection.unwrap(BaseConnection.class).getQueryExecutor().getServerVersionNum() / 10_000;
    }

    /** The version as the server reports it, e.g. "17.6". */
    public static String reported(Connection connection) throws SQLException {
        return connection.unwrap(BaseConnection.class).getQueryExecutor().getServerVersion();
    }
}
