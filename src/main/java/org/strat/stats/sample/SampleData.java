package org.strat.stats.sample;

import org.strat.db.SqlResource;
import org.strat.model.League;
import org.strat.stats.ConnectionSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fills a database with simulated games for benchmarks and local development: complete, internally consistent
 * games with lineups and substitutions, plays with base-out states, runners and scores that follow from each
 * other, a roll for every play, and roster links.
 *
 * <p>Usage: {@code new SampleData(ConnectionSource.of(settings)).load(new SampleDataRequest(1000, 42, League.SBA),
 * SampleDataProgress.NONE)}. Games are simulated and loaded in batches of {@value #BATCH_GAMES}, each batch in
 * its own transaction with COPY, by several loaders on connections of their own, so that simulating one batch
 * overlaps writing another. Thread-safe; each call opens and closes its own connections.
 *
 * <p>The database does nearly all the work: simulating and formatting run at over 600,000 plays a second on one
 * thread, while each play costs PostgreSQL its twelve index entries and up to ten foreign-key checks, and each
 * roll and roster link theirs. Loaders are therefore one per processor (at least two, so that a batch's
 * simulation overlaps another's COPY), which also suits a local server; a remote one with more cores is not
 * seen from here.
 */
public final class SampleData {

    static final int BATCH_GAMES = 100;
    static final int LOADERS = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

    private final ConnectionSource connections;

    public SampleData(ConnectionSource connections) {
        this.connections = connections;
    }

    /**
     * Fill the database with simulated games (bulk-loaded, deterministic for a seed).
     *
     * @throws SampleDataConflictException when this seed's games are already there
     * @throws SampleDataException when the tables are missing or a batch fails (earlier batches stay loaded)
     */
    public SampleDataResult load(SampleDataRequest request, SampleDataProgress progress) {
        long start = System.nanoTime();
        GameSimulator simulator = new GameSimulator(request.seed(), request.league() == League.PD);
        checkTarget(simulator, request.seed());
        Totals totals = new Totals(request.games(), progress, start);
        AtomicInteger nextBatch = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> loaders = new ArrayList<>();
        for (int i = 0; i < LOADERS; i++) {
            Thread loader = new Thread(() -> loadBatches(simulator, request, nextBatch, totals, failure),
                    "sample-data-loader-" + i);
            loader.start();
            loaders.add(loader);
        }
        joinAll(loaders, failure);
        if (failure.get() != null) {
            throw translate(failure.get(), totals);
        }
        return new SampleDataResult(totals.games, totals.plays, totals.lineups, totals.rosterLinks, request.seed(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void checkTarget(GameSimulator simulator, long seed) {
        try (Connection connection = connections.open()) {
            List<String> missing = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql("required-tables"));
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    missing.add(row.getString(1));
                }
            }
            if (!missing.isEmpty()) {
                throw new SampleDataException("The database has no " + String.join(", ", missing) + " table: the schema"
                        + " is not there yet. Run \"stratdb upgrade head\" first.", null);
            }
            UUID first = simulator.gameId(0);
            try (PreparedStatement statement = connection.prepareStatement(sql("game-exists"))) {
                statement.setObject(1, first);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        throw new SampleDataConflictException(seed, first);
                    }
                }
            }
        } catch (SQLException e) {
            throw new SampleDataException("Could not check the database before loading sample games: "
                    + firstLine(e) + ". Check --url and that the user may read the games table.", e);
        }
    }

    private void loadBatches(GameSimulator simulator, SampleDataRequest request, AtomicInteger nextBatch, Totals totals,
                             AtomicReference<Exception> failure) {
        boolean cards = request.league() == League.PD;
        try (Connection connection = connections.open()) {
            BatchLoader loader = new BatchLoader(connection, cards);
            while (failure.get() == null) {
                int first = nextBatch.getAndIncrement() * BATCH_GAMES;
                if (first >= request.games()) {
                    return;
                }
                List<SimulatedGame> games = new ArrayList<>(BATCH_GAMES);
                for (int index = first; index < Math.min(request.games(), first + BATCH_GAMES); index++) {
                    games.add(simulator.simulate(index));
                }
                long plays = loader.load(games);
                totals.add(games, plays);
            }
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        }
    }

    private static void joinAll(List<Thread> loaders, AtomicReference<Exception> failure) {
        boolean interrupted = false;
        for (Thread loader : loaders) {
            while (loader.isAlive()) {
                try {
                    loader.join();
                } catch (InterruptedException e) {
                    // Stop handing out batches but let each loader finish (commit or roll back) the batch it is on,
                    // so that only whole games stay; the interrupt is passed on once they have.
                    interrupted = true;
                    failure.compareAndSet(null, e);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException translate(Exception failure, Totals totals) {
        String loaded = totals.games + " game(s) were loaded before the failure, each one whole.";
        if (failure instanceof SQLException e) {
            return new SampleDataException("Could not load sample games: " + firstLine(e) + ". " + loaded
                    + " Check that the user may write to games, lineups, plays, rolls and roster_links.", e);
        }
        if (failure instanceof InterruptedException) {
            return new SampleDataException("Interrupted while loading sample games. " + loaded, failure);
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceFirst("^ERROR:\\s*", "").strip();
    }

    private static String sql(String name) {
        return SqlResource.of(SampleData.class, name);
    }

    /** Running totals over all loaders; reports each committed batch to the listener, one at a time. */
    private static final class Totals {

        private final int totalGames;
        private final SampleDataProgress progress;
        private final long start;
        private int games;
        private long plays;
        private long lineups;
        private long rosterLinks;

        Totals(int totalGames, SampleDataProgress progress, long start) {
            this.totalGames = totalGames;
            this.progress = progress;
            this.start = start;
        }

        synchronized void add(List<SimulatedGame> batch, long batchPlays) {
            games += batch.size();
            plays += batchPlays;
            for (SimulatedGame game : batch) {
                lineups += game.lineups().size();
                game.rosters().forEach(roster -> rosterLinks += roster.everyone().length);
            }
            progress.loaded(games, totalGames, plays, System.nanoTime() - start);
        }
    }
}
