package org.strat.migrate.command;

import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.revision.RevisionFile;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one section of one revision file on the work connection, with its bookkeeping.
 *
 * <p>A transactional revision's statements and its stratdb_revision / stratdb_log rows commit in one
 * transaction: a failure or a crash anywhere leaves the database exactly as it was before the revision.
 * A non-transactional one (CREATE INDEX CONCURRENTLY cannot run in a transaction block) runs each statement
 * on its own, then records itself in a transaction of its own.
 */
final class RevisionRunner {

    private final Connection connection;
    private final SchemaHistory history;
    private final MigrationTimeouts timeouts;

    RevisionRunner(Connection connection, MigrationTimeouts timeouts) {
        this.connection = connection;
        this.history = new SchemaHistory(connection);
        this.timeouts = timeouts;
    }

    RevisionStep upgrade(RevisionFile file, String stillAt) {
        return run(file, file.upgradeStatements(), "Upgrade", stillAt, (durationMs, note) ->
                history.recordUpgrade(file.id(), file.checksum(), file.fileName(), file.text(), durationMs, note));
    }

    RevisionStep downgrade(RevisionFile file, String stillAt) {
        return run(file, file.downgradeStatements(), "Downgrade", stillAt, (durationMs, note) ->
                history.recordDowngrade(file.id(), file.checksum(), durationMs, note));
    }

    private RevisionStep run(RevisionFile file, List<String> statements, String direction, String stillAt,
                             Bookkeeping bookkeeping) {
        long start = System.nanoTime();
        String current = "(bookkeeping)";
        try {
            connection.setAutoCommit(!file.transactional());
            List<String> notes = new ArrayList<>();
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    current = sql;
                    if (!file.transactional()) {
                        InvalidIndexRecovery.dropLeftover(connection, sql)
                                .ifPresent(index -> notes.add("dropped INVALID index " + index + " left by an interrupted run"));
                    }
                    statement.execute(sql);
                }
            }
            current = "(bookkeeping)";
            connection.setAutoCommit(false);
            int durationMs = (int) ((System.nanoTime() - start) / 1_000_000);
            bookkeeping.record(durationMs, notes.isEmpty() ? null : String.join("; ", notes));
            FaultInjection.pauseBeforeCommit();
            connection.commit();
            return new RevisionStep(file.id(), file.message(), file.fileName(), durationMs);
        } catch (SQLException e) {
            rollbackQuietly(e);
            String at = file.transactional() ? stillAt
                    : stillAt + " (this revision runs outside a transaction: statements before the failing one stay applied)";
            throw new RevisionFailedException(file.toRevision().label(), direction, file.id(), current,
                    explain(e), at, e);
        }
    }

    private void rollbackQuietly(SQLException failure) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** PostgreSQL's message, plus the remedy for the failures a timeout causes. */
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

    static String databaseMessage(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        return firstLine.replaceFirst("^ERROR:\\s*", "").strip();
    }

    @FunctionalInterface
    private interface Bookkeeping {
        void record(int durationMs, String note) throws SQLException;
    }
}
