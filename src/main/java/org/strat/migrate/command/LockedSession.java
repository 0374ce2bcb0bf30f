package org.strat.migrate.command;

import org.strat.db.ConnectionFactory;
import org.strat.db.UrlMasking;
import org.strat.migrate.history.MigrationLock;
import org.strat.migrate.history.SchemaHistory;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs a writing command's work while holding the migration lock: one connection holds the lock, a second
 * does the work. The bookkeeping tables are created under the lock, so concurrent first runs cannot race.
 */
final class LockedSession {

    private LockedSession() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection, SchemaHistory history) throws SQLException;
    }

    static <T> T run(MigrationContext context, String command, Work<T> work) {
        ConnectionFactory connections = context.connections();
        Connection lockConnection = connections.open();
        try (MigrationLock lock = acquire(lockConnection, command, context);
             Connection connection = connections.open()) {
            SchemaHistory history = new SchemaHistory(connection);
            history.createIfMissing();
            SessionSettings.apply(connection, context.timeouts());
            return work.run(connection, history);
        } catch (SQLException e) {
            throw new DatabaseAccessException("The database failed during " + command + ": "
                    + UrlMasking.scrub(RevisionRunner.databaseMessage(e), connections.settings().password())
                    + ". The database is at a revision boundary; run \"stratdb current\" to see where, then retry.", e);
        }
    }

    private static MigrationLock acquire(Connection lockConnection, String command, MigrationContext context)
            throws SQLException {
        try {
            return MigrationLock.acquire(lockConnection, command, context.lockWait());
        } catch (SQLException | RuntimeException e) {
            lockConnection.close();
            throw e;
        }
    }
}
