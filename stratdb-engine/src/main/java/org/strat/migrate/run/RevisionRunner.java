package org.strat.migrate.run;

import org.postgresql.util.PSQLException;
import org.strat.migrate.connect.ConnectionLoss;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.history.Direction;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.session.FaultInjection;
import org.strat.migrate.session.MigrationTimeouts;
import org.strat.migrate.session.SessionSettings;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * Runs one section of one revision file on the work connection, with its bookkeeping.
 *
 * <p>A transactional revision's statements and its stratdb_revision / stratdb_log rows commit in one
 * transaction: a failure or a crash anywhere leaves the database exactly as it was before the revision.
 * A non-transactional one (CREATE INDEX CONCURRENTLY cannot run in a transaction block) runs as a
 * {@link ResumableRun}, statement by statement, each recorded as done, then records itself in a transaction of
 * its own; a rerun after an interruption continues after the last statement recorded.
 */
public final class RevisionRunner {

    /** Failures that say nothing about the SQL: lock_not_available, query_canceled, serialization, deadlock. */
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "57014", "40001", "40P01");

    private final Connection connection;
    private final SchemaHistory history;
    private final MigrationTimeouts timeouts;

    /** @param history the bookkeeping on {@code connection}: the session's own, which knows its tables exist */
    RevisionRunner(Connection connection, SchemaHistory history, MigrationTimeouts timeouts) {
        this.connection = connection;
        this.history = history;
        this.timeouts = timeouts;
    }

    RevisionStep upgrade(RevisionFile file, String stillAt) {
        return run(file, Direction.UPGRADE, file.upgradeStatements(), stillAt, (durationMs, note) ->
                history.recordUpgrade(file.id(), file.checksum(), file.fileName(), file.text(), durationMs, note));
    }

    RevisionStep downgrade(RevisionFile file, String stillAt) {
        return run(file, Direction.DOWNGRADE, file.downgradeStatements(), stillAt, (durationMs, note) ->
                history.recordDowngrade(file.id(), file.checksum(), durationMs, note));
    }

    private RevisionStep run(RevisionFile file, Direction direction, List<String> statements, String stillAt,
                             Bookkeeping bookkeeping) {
        long start = System.nanoTime();
        ResumableRun.Position position = new ResumableRun.Position();
        try {
            List<String> notes = file.transactional() ? inOneTransaction(statements, position)
                    : new ResumableRun(connection, history, file, direction, statements).run(position);
            position.bookkeeping = true;
            connection.setAutoCommit(false);
            int durationMs = (int) ((System.nanoTime() - start) / 1_000_000);
            if (!file.transactional()) {
                history.clearProgress(file.id());
            }
            bookkeeping.record(durationMs, notes.isEmpty() ? null : String.join("; ", notes));
            FaultInjection.pauseBeforeCommit();
            connection.commit();
            return new RevisionStep(file.id(), file.message(), file.fileName(), durationMs);
        } catch (SQLException e) {
            rollbackQuietly(e);
            RevisionFailedException failure = failure(file, direction, statements, position, stillAt, e);
            if (!file.transactional() && failure.category() == ErrorCategory.REVISION_FAILED) {
                noteFailure(file, position.done, failure.databaseMessage(), e);
            }
            throw failure;
        } catch (RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        }
    }

    private List<String> inOneTransaction(List<String> statements, ResumableRun.Position position) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                position.running = i;
                statement.execute(statements.get(i));
            }
        }
        return List.of();
    }

    private RevisionFailedException failure(RevisionFile file, Direction direction, List<String> statements,
                                            ResumableRun.Position position, String stillAt, SQLException e) {
        String label = file.toRevision().label();
        String what = capitalized(direction) + " of revision " + label;
        String where = position.bookkeeping || position.running < 0 ? "while recording it"
                : "at statement " + (position.running + 1) + " of " + statements.size() + ": "
                + RevisionFailedException.trim(statements.get(position.running));
        String kept;
        if (file.transactional()) {
            kept = "Nothing of that revision was kept; the database is at " + stillAt + ".";
        } else {
            int resumeAt = Math.min(position.done + 1, statements.size());
            kept = "It runs outside a transaction: " + (position.done == 0 ? "no statement of it was applied"
                    : describeDone(position.done, statements.size()) + " stay applied and are recorded")
                    + "; the database is otherwise at " + stillAt + ", and the next run resumes at "
                    + (position.done == statements.size() ? "its bookkeeping" : "statement " + resumeAt) + ".";
        }
        if (ConnectionLoss.is(e, connection)) {
            return new RevisionFailedException(ErrorCategory.CONNECTION, file.id(), position.running, databaseMessage(e),
                    what + " lost its connection to the database " + where + " -> " + databaseMessage(e) + ". " + kept
                    + " Check that the server is up and that nothing ends stratdb's sessions, then run the command again.", e);
        }
        if (position.bookkeeping && "23505".equals(e.getSQLState())) {
            return new RevisionFailedException(ErrorCategory.REFUSED, file.id(), -1, databaseMessage(e),
                    what + " ran, but another session recorded it meanwhile (" + databaseMessage(e) + "): something"
                    + " migrated this database without holding stratdb's lock (by hand, or an older stratdb). " + kept
                    + " Run \"stratdb history --log\" to see who, and \"stratdb current\" to see where it stands.", e);
        }
        return new RevisionFailedException(ErrorCategory.REVISION_FAILED, file.id(), position.running, databaseMessage(e),
                what + " failed " + where + " -> " + explain(e) + ". " + kept + " " + nextStep(e), e);
    }

    /** PostgreSQL's message, plus the reason for the failures a timeout causes. */
    private String explain(SQLException e) {
        if ("55P03".equals(e.getSQLState())) {
            return databaseMessage(e) + " (it waited longer than lock_timeout, " + SessionSettings.describe(timeouts.lockTimeout())
                    + ", for a table another session is using; retry when the table is quieter, or raise --lock-timeout)";
        }
        if ("57014".equals(e.getSQLState()) && !timeouts.statementTimeout().isZero()) {
            return databaseMessage(e) + " (statement_timeout is " + SessionSettings.describe(timeouts.statementTimeout())
                    + "; raise --statement-timeout if the statement needs longer)";
        }
        if (DUPLICATE_OBJECT_STATES.contains(e.getSQLState())) {
            return databaseMessage(e) + " (if this database was built without stratdb, adopt it instead: \"stratdb adopt\")";
        }
        return databaseMessage(e);
    }

    /** duplicate_table, duplicate_column, duplicate_object, duplicate_schema (PostgreSQL Appendix A). */
    static final java.util.Set<String> DUPLICATE_OBJECT_STATES = java.util.Set.of("42P07", "42701", "42710", "42P06");

    private static String nextStep(SQLException e) {
        if (TRANSIENT_STATES.contains(e.getSQLState())) {
            return "Then run the command again.";
        }
        if ("23505".equals(e.getSQLState())) {
            return "Remove the duplicate rows (or fix the revision file), then run the command again.";
        }
        return "Fix the revision file, then run the command again.";
    }

    /**
     * Keeps the failure with the recorded progress, for "stratdb history --log", or forgets the run when none of its
     * statements completed (nothing stays applied; an INVALID index it left is dropped by any later run). A failure
     * to do so is secondary to the one being reported.
     */
    private void noteFailure(RevisionFile file, int done, String message, SQLException failure) {
        try {
            connection.setAutoCommit(true);
            if (done == 0) {
                history.clearProgress(file.id());
            } else {
                history.saveProgressFailure(file.id(), message);
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void rollbackQuietly(Exception failure) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    static String describeDone(int done, int statements) {
        return done == 1 ? "statement 1 of " + statements : "statements 1-" + done + " of " + statements;
    }

    private static String capitalized(Direction direction) {
        String name = direction.sqlName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** PostgreSQL's message on one line, with its DETAIL when it has one (the duplicated key of a unique index). */
    public static String databaseMessage(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String firstLine = (newline < 0 ? message : message.substring(0, newline)).replaceFirst("^ERROR:\\s*", "").strip();
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null
                && psql.getServerErrorMessage().getDetail() != null) {
            String detail = psql.getServerErrorMessage().getDetail().strip().replaceAll("\\s+", " ").replaceFirst("\\.$", "");
            return firstLine + " (" + detail + ")";
        }
        return firstLine;
    }

    @FunctionalInterface
    private interface Bookkeeping {
        void record(int durationMs, String note) throws SQLException;
    }
}
