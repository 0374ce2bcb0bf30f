package org.strat.migrate.command;

import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.revision.RevisionFile;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    RevisionRunner(Connection connection) {
        this.connection = connection;
        this.history = new SchemaHistory(connection);
    }

    RevisionStep upgrade(RevisionFile file, String stillAt) {
        return run(file, file.upgradeStatements(), "Upgrade", stillAt, durationMs ->
                history.recordUpgrade(file.id(), file.checksum(), file.fileName(), durationMs));
    }

    RevisionStep downgrade(RevisionFile file, String stillAt) {
        return run(file, file.downgradeStatements(), "Downgrade", stillAt, durationMs ->
                history.recordDowngrade(file.id(), file.checksum(), durationMs));
    }

    private RevisionStep run(RevisionFile file, List<String> statements, String direction, String stillAt,
                             Bookkeeping bookkeeping) {
        long start = System.nanoTime();
        String current = "(bookkeeping)";
        try {
            connection.setAutoCommit(!file.transactional());
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    current = sql;
                    statement.execute(sql);
                }
            }
            current = "(bookkeeping)";
            connection.setAutoCommit(false);
            int durationMs = (int) ((System.nanoTime() - start) / 1_000_000);
            bookkeeping.record(durationMs);
            connection.commit();
            return new RevisionStep(file.id(), file.message(), file.fileName(), durationMs);
        } catch (SQLException e) {
            rollbackQuietly(e);
            String at = file.transactional() ? stillAt
                    : stillAt + " (this revision runs outside a transaction: statements before the failing one stay applied)";
            throw new RevisionFailedException(file.toRevision().label(), direction, file.id(), current,
                    databaseMessage(e), at, e);
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

    static String databaseMessage(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        return firstLine.replaceFirst("^ERROR:\\s*", "").strip();
    }

    @FunctionalInterface
    private interface Bookkeeping {
        void record(int durationMs) throws SQLException;
    }
}
