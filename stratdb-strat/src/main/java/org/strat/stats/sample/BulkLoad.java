package org.strat.stats.sample;

import org.strat.migrate.sql.SqlResource;
import org.strat.model.League;
import org.strat.stats.ConnectionSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Loads all the sample games in one transaction on one connection, the way pg_restore does: locks the tables
 * games are written to, drops their foreign keys and plain indexes ({@link RebuildableObjects}), COPYs every
 * game, creates the indexes again and adds the foreign keys back exactly as they were, and commits. A re-added
 * foreign key is checked by one query over the table instead of a trigger per row, and an index built at once
 * from sorted keys costs a fraction of row-by-row insertions: that is the whole gain.
 *
 * <p>Any failure, a row that breaks a re-added foreign key included, rolls everything back (DDL is transactional
 * in PostgreSQL): nothing is loaded, and the catalog is as it was.
 *
 * <p>Locking: the load holds ACCESS EXCLUSIVE locks on games, lineups, rolls, plays, roster_links and
 * game_cardset_links until it commits, so every other session's reads and writes of them wait (a stat-view
 * refresh, an application playing a game). Sample data is for local and benchmark databases; a table that
 * another session holds fails the load after a few seconds ({@code lock_timeout}, see {@code settings.sql}).
 *
 * <p>Simulating and formatting run on a pool of threads, a few batches ahead of the COPY stream and handed over
 * in game order, so that they overlap the database's work. One use per load; it opens and closes its own
 * connections.
 */
final class BulkLoad {

    private static final int BATCHES_AHEAD = 2 * SampleData.LOADERS;

    private final ConnectionSource connections;
    private final GameSimulator simulator;
    private final SampleDataRequest request;
    private final LoadTotals totals;
    private final boolean cards;

    BulkLoad(ConnectionSource connections, GameSimulator simulator, SampleDataRequest request, LoadTotals totals) {
        this.connections = connections;
        this.simulator = simulator;
        this.request = request;
        this.totals = totals;
        this.cards = request.league() == League.PD;
    }

    /** Loads every game and commits, or rolls back and throws; returns the nanoseconds spent rebuilding. */
    long run() throws SQLException, InterruptedException {
        // Lineup ids come over a second connection, so that formatting on other threads never waits for a COPY.
        try (Connection connection = connections.open(); Connection idConnection = connections.open()) {
            connection.setAutoCommit(false);
            try {
                execute(connection, "settings");
                execute(connection, "lock-tables");
                RebuildableObjects objects = RebuildableObjects.read(connection);
                objects.drop();
                writeAll(new BatchLoader(connection, cards), new LineupIds(idConnection));
                totals.rebuilding();
                long rebuildStart = System.nanoTime();
                objects.recreate(totals.progress());
                long rebuildNanos = System.nanoTime() - rebuildStart;
                connection.commit();
                return rebuildNanos;
            } catch (SQLException | InterruptedException | RuntimeException e) {
                rollBack(connection, e);
                throw e;
            }
        }
    }

    private void writeAll(BatchLoader writer, LineupIds ids) throws SQLException, InterruptedException {
        int batches = (request.games() + SampleData.BATCH_GAMES - 1) / SampleData.BATCH_GAMES;
        ExecutorService formatters = Executors.newFixedThreadPool(SampleData.LOADERS, runnable -> {
            Thread thread = new Thread(runnable, "sample-data-formatter");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Batch>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int written = 0; written < batches; written++) {
                for (; next < batches && ahead.size() < BATCHES_AHEAD; next++) {
                    int batch = next;
                    ahead.add(formatters.submit(() -> format(batch, ids)));
                }
                Batch batch = await(ahead.remove());
                writer.write(batch.rows());
                totals.add(batch.games());
            }
        } finally {
            stop(formatters);
        }
    }

    /** Cancels the formatting still in flight (after a failure) and waits for it: the id connection closes next. */
    private static void stop(ExecutorService formatters) {
        formatters.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (formatters.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Batch format(int batch, LineupIds ids) throws SQLException {
        int first = batch * SampleData.BATCH_GAMES;
        List<SimulatedGame> games = simulator.simulate(first, Math.min(request.games(), first + SampleData.BATCH_GAMES));
        SampleRows rows = new SampleRows(cards);
        rows.addAll(games, ids);
        return new Batch(games, rows);
    }

    private static Batch await(Future<Batch> batch) throws SQLException, InterruptedException {
        try {
            return batch.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void execute(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(SqlResource.of(BulkLoad.class, name));
        }
    }

    private static void rollBack(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private record Batch(List<SimulatedGame> games, SampleRows rows) {
    }
}
