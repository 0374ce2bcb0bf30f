package org.strat.migrate.session;

import org.strat.migrate.connect.ConnectionFactory;
import org.strat.migrate.connect.ConnectionLoss;
import org.strat.migrate.connect.UrlMasking;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.history.MigrationLock;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.run.RevisionRunner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

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
public final class LockedSession {

    private LockedSession() {
    }

    /** What a command does on the work connection once the lock is held and the bookkeeping tables exist. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection, SchemaHistory history) throws SQLException;
    }

    /**
     * A look at committed state before the lock: the answer when it already settles the command (nothing to do),
     * else empty and the command takes the lock.
     */
    @FunctionalInterface
    public interface Precheck<T> {
        Optional<T> answerWithoutLock(Connection connection, SchemaHistory history) throws SQLException;
    }

    public static <T> T run(MigrationContext context, String command, Work<T> work) {
        return run(context, command, (connection, history) -> Optional.empty(), work);
    }

    /**
     * Like {@link #run(MigrationContext, String, Work)}, but first asks {@code precheck} on the work connection,
     * before any lock or bookkeeping table exists.
     */
    public static <T> T run(MigrationContext context, String command, Precheck<T> precheck, Work<T> work) {
        ConnectionFactory connections = context.connections();
        try (Connection connection = connections.open()) {
            SchemaHistory history = new SchemaHistory(connection);
            Optional<T> settled = precheck.answerWithoutLock(connection, history);
            if (settled.isPresent()) {
                return settled.get();
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
