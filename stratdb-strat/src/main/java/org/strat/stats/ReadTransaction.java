package org.strat.stats;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs the queries of one answer in one read-only REPEATABLE READ transaction, after checking that the stat views
 * can be read: a concurrent refresh that commits half-way through a box score cannot make its totals disagree
 * with its lines, because every query sees the same snapshot.
 */
final class ReadTransaction {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private ReadTransaction() {
    }

    static <T> T run(ConnectionSource connections, String what, Work<T> work) {
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                StatViewStates.requireReadable(connection);
                return work.run(connection);
            } finally {
                // Nothing was written; ending the transaction hands a pooled connection back clean.
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StatsQueryException(what, e);
        }
    }
}
