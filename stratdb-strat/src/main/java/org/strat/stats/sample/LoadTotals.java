package org.strat.stats.sample;

import java.util.List;

/** Running totals over all loaders; reports each written batch to the listener, one at a time. Thread-safe. */
final class LoadTotals {

    private final int totalGames;
    private final SampleDataProgress progress;
    private final long start;
    private int games;
    private long plays;
    private long lineups;
    private long rosterLinks;

    LoadTotals(int totalGames, SampleDataProgress progress, long start) {
        this.totalGames = totalGames;
        this.progress = progress;
        this.start = start;
    }

    synchronized void add(List<SimulatedGame> batch) {
        games += batch.size();
        for (SimulatedGame game : batch) {
            plays += game.plays().size();
            lineups += game.lineups().size();
            game.rosters().forEach(roster -> rosterLinks += roster.everyone().length);
        }
        progress.loaded(games, totalGames, plays, System.nanoTime() - start);
    }

    synchronized void rebuilding() {
        progress.rebuilding();
    }

    /** The listener, for the single thread that rebuilds after every loader is done. */
    SampleDataProgress progress() {
        return progress;
    }

    synchronized int games() {
        return games;
    }

    synchronized SampleDataResult result(long seed, LoadPath path, long rebuildNanos) {
        return new SampleDataResult(games, plays, lineups, rosterLinks, seed, (System.nanoTime() - start) / 1_000_000,
                path == LoadPath.BULK, rebuildNanos / 1_000_000);
    }
}
