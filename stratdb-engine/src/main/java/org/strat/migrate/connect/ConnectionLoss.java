package org.strat.migrate.connect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a lost session (the server terminated it, shut down, or the network went) from a statement that failed:
 * the first calls for "check the server and run it again", the second for a look at the SQL.
 */
public final class ConnectionLoss {

    /** admin_shutdown (pg_terminate_backend, also idle timeouts), crash_shutdown, cannot_connect_now: Appendix A. */
    private static final Set<String> SESSION_ENDED = Set.of("57P01", "57P02", "57P03", "57P05");

    private ConnectionLoss() {
    }

    public static boolean is(SQLException failure, Connection connection) {
        String state = failure.getSQLState();
        if (state != null && (state.startsWith("08") || SESSION_ENDED.contains(state))) {
            return true;
        }
        try {
            return connection != null && connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
