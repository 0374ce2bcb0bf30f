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
 *
 * <p>A command may first look at the database without the lock, on the work connection: when that shows there
 * is nothing to do (an upgrade of a database already at its target, the usual deploy), it answers from that one
 * read, on one connection, and never takes the lock. Reading committed state is enough for that answer: the
 * command then takes effect at the moment of the read, before any migration that commits after it.
 */
final class LockedSession {

    private LockedSession() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection, SchemaHistory history) throws SQLException;
    }

    static <T> T run(MigrationContext context, String command, Work<T> work) {
        return run(context, command, (connection, history) -> null, work);
    }

    /**
     * Like {@link #run(MigrationContext, String, Work)}, but first asks {@code settledWithoutLock} on the work
     * connection, before any lock or bookkeeping table exists; a non-null answer is returned as it is.
     */
    static <T> T run(MigrationContext context, String command, Work<T> settledWithoutLock, Work<T> work) {
        ConnectionFactory connections = context.connections();
        try (Connection connection = connections.open()) {
            SchemaHistory history = new SchemaHistory(connection);
            T settled = settledWithoutLock.run(connection, history);
            if (settled != null) {
                return settled;
            }
            Connection lockConnection = connections.open();
            try (MigrationLock lock = acquire(lockConnection, command, context)) {
                history.createIfMissing();
                SessionSettings.apply(connection, context.timeouts());
                return work.run(connection, history);
            }
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
