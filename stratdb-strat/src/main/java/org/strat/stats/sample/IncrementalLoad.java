package org.strat.stats.sample;

import org.strat.model.League;
import org.strat.stats.ConnectionSource;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads sample games batch by batch into the tables as they are, each batch of {@value SampleData#BATCH_GAMES}
 * games in its own transaction, by one loader per processor (at least two) on connections of their own, so that
 * simulating one batch overlaps writing another. Every row pays its index entries and foreign-key checks, but
 * nothing is locked beyond the rows written, and a failure leaves the batches committed before it.
 *
 * <p>One use per load; the loaders open and close their own connections.
 */
final class IncrementalLoad {

    private final ConnectionSource connections;
    private final GameSimulator simulator;
    private final SampleDataRequest request;
    private final LoadTotals totals;

    IncrementalLoad(ConnectionSource connections, GameSimulator simulator, SampleDataRequest request, LoadTotals totals) {
        this.connections = connections;
        this.simulator = simulator;
        this.request = request;
        this.totals = totals;
    }

    /** Loads every game, or throws the first failure once every loader has finished the batch it was on. */
    void run() throws Exception {
        AtomicInteger nextBatch = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> loaders = new ArrayList<>();
        for (int i = 0; i < SampleData.LOADERS; i++) {
            Thread loader = new Thread(() -> loadBatches(nextBatch, failure), "sample-data-loader-" + i);
            loader.start();
            loaders.add(loader);
        }
        joinAll(loaders, failure);
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private void loadBatches(AtomicInteger nextBatch, AtomicReference<Exception> failure) {
        boolean cards = request.league() == League.PD;
        try (Connection connection = connections.open()) {
            BatchLoader loader = new BatchLoader(connection, cards);
            while (failure.get() == null) {
                int first = nextBatch.getAndIncrement() * SampleData.BATCH_GAMES;
                if (first >= request.games()) {
                    return;
                }
                List<SimulatedGame> games = simulator.simulate(first,
                        Math.min(request.games(), first + SampleData.BATCH_GAMES));
                loader.load(games);
                totals.add(games);
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
}
