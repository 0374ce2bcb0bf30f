package org.strat.stats.sample;

/**
 * Hears about each committed batch of sample games, so that a CLI can draw a progress bar. Called from the
 * loading threads, one call at a time, with running totals.
 */
@FunctionalInterface
public interface SampleDataProgress {

    SampleDataProgress NONE = (games, totalGames, plays, elapsedNanos) -> { };

    void loaded(int games, int totalGames, long plays, long elapsedNanos);
}
