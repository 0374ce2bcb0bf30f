package org.strat.migrate.adopt;

import org.strat.migrate.connect.ConnectionLoss;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.run.RevisionFailedException;
import org.strat.migrate.run.RevisionRunner;
import org.strat.migrate.session.DatabaseAccessException;
import org.strat.migrate.session.FaultInjection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs an adoption's steps on the work connection, each committed on its own: a step of several statements in one
 * transaction, any other statement outside one (CREATE INDEX CONCURRENTLY must). The caller holds the migration
 * lock and owns the connection.
 */
final class AdoptionRunner {

    private final Connection connection;
    private final int total;

    AdoptionRunner(Connection connection, int total) {
        this.connection = connection;
        this.total = total;
    }

    List<AdoptResult.ExecutedStep> run(List<AdoptionStep> steps, Consumer<AdoptResult.ExecutedStep> progress) {
        List<AdoptResult.ExecutedStep> ran = new ArrayList<>();
        for (AdoptionStep step : steps) {
            long start = System.nanoTime();
            run(step, ran.size() + 1);
            AdoptResult.ExecutedStep done = new AdoptResult.ExecutedStep(step, (int) ((System.nanoTime() - start) / 1_000_000));
            ran.add(done);
            progress.accept(done);
            FaultInjection.pauseAfterAdoptionStep(step.sql());
        }
        return ran;
    }

    private void run(AdoptionStep step, int number) {
        String current = step.statements().get(0);
        try {
            connection.setAutoCommit(!step.together());
            try (Statement statement = connection.createStatement()) {
                for (String sql : step.statements()) {
                    current = sql;
                    statement.execute(sql);
                }
            }
            if (step.together()) {
                connection.commit();
            }
        } catch (SQLException e) {
            rollbackQuietly(e);
            String kept = "The " + (number - 1) + " step(s) before it are kept (each is complete on its own) and nothing"
                    + " was recorded";
            if (ConnectionLoss.is(e, connection)) {
                // Not a refusal: the same adoption goes on from there once the server answers again, and a deploy
                // script tells the two apart by the exit code.
                throw new DatabaseAccessException(ErrorCategory.CONNECTION, "Adopt lost its connection to the database at"
                        + " step " + number + " of " + total + " (" + step.purpose() + "): "
                        + RevisionFailedException.trim(current) + " -> " + RevisionRunner.databaseMessage(e) + ". " + kept
                        + ". Check that the server is up and that nothing ends stratdb's sessions, then run \"stratdb"
                        + " adopt\" again to go on from there.", e);
            }
            throw new MigrationRefusedException("Adopt stopped at step " + number + " of " + total + " (" + step.purpose()
                    + "): " + RevisionFailedException.trim(current) + " -> " + explain(e) + ". " + kept + "; run"
                    + " \"stratdb adopt\" again to go on from there.");
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // The connection is broken; the failure above already says what happened.
            }
        }
    }

    private static String explain(SQLException e) {
        String message = RevisionRunner.databaseMessage(e);
        if ("55P03".equals(e.getSQLState())) {
            return message + " (another session held the table longer than lock_timeout; retry when it is quieter,"
                    + " or raise --lock-timeout)";
        }
        return message;
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
}
