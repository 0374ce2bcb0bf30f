package org.strat.migrate.command;

import org.strat.db.ConnectionFactory;
import org.strat.db.ConnectionLoss;
import org.strat.db.UrlMasking;
import org.strat.errors.ErrorCategory;
import org.strat.migrate.history.MigrationLock;
import org.strat.migrate.history.SchemaHistory;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs a writing command's work while holding the migration lock, on the one connection that holds it (see
 * {@link MigrationLock} for why). The bookkeeping tables are created under the lock, so concurrent first runs
 * cannot race.
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
            try (MigrationLock lock = MigrationLock.acquire(connection, command, context.lockWait())) {
                history.createIfMissing();
                SessionSettings.apply(connection, context.timeouts());
                return work.run(connection, history);
            }
        } catch (SQLException e) {
            String message = UrlMasking.scrub(RevisionRunner.databaseMessage(e), connections.settings().password());
            if (ConnectionLoss.is(e, null)) {
                throw new DatabaseAccessException(ErrorCategory.CONNECTION, "The connection to the database was lost during "
                        + command + ": " + message + ". The database is at a revision boundary; check that the server is up"
                        + " and that nothing ends stratdb's sessions, run \"stratdb current\" to see where it stands, then"
                        + " run the command again.", e);
            }
            throw new DatabaseAccessException("The database failed during " + command + ": " + message
                    + ". The database is at a revision boundary; run \"stratdb current\" to see where, then retry.", e);
        }
    }
}
