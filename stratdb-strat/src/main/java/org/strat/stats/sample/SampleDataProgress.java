package org.strat.stats.sample;

/**
 * Hears about each batch of sample games written, so that a CLI can draw a progress bar. Called from the loading
 * threads, one call at a time, with running totals. Loaded batch by batch, a batch is written when it commits;
 * loaded in one transaction, when it is in the transaction, which commits after {@link #rebuilding()}.
 */
@FunctionalInterface
public interface SampleDataProgress {

    SampleDataProgress NONE = (games, totalGames, plays, elapsedNanos) -> { };

    /** The database was checked and the load starts: in one transaction, or batch by batch. */
    default void starting(int totalGames, boolean oneTransaction) {
    }

    void loaded(int games, int totalGames, long plays, long elapsedNanos);

    /** Every game is written; a load in one transaction now rebuilds indexes and foreign keys, then commits. */
    default void rebuilding() {
    }

    /**
     * A load in one transaction starts rebuilding one index or foreign key: {@code number} of {@code total}
     * (from 1). Each can take seconds on a large load, so a listener can say which one the time goes to.
     */
    default void rebuildingObject(String kind, String name, int number, int total) {
    }
}
