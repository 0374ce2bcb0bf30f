package org.strat.stats.sample;

/**
 * What {@link SampleData#load} wrote, and how long it took; {@code inOneTransaction} when it was bulk-loaded, and
 * then {@code rebuildMs} of the duration went to building indexes and checking foreign keys again.
 */
public record SampleDataResult(int games, long plays, long lineups, long rosterLinks, long seed, long durationMs,
                               boolean inOneTransaction, long rebuildMs) {

    /** Rolls are one per play. */
    public long rolls() {
        return plays;
    }

    public long playsPerSecond() {
        return durationMs == 0 ? plays * 1000 : plays * 1000 / durationMs;
    }
}
