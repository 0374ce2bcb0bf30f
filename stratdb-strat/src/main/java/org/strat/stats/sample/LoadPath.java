package org.strat.stats.sample;

/**
 * How sample games are written: in one transaction with the foreign keys and plain indexes dropped and rebuilt
 * ({@link BulkLoad}), or batch by batch into the tables as they are ({@link IncrementalLoad}).
 */
enum LoadPath {

    BULK,
    INCREMENTAL;

    /**
     * Bulk when the games to load are at least {@value #BULK_SHARE_PERCENT} % of the games already there, and
     * this user owns the tables (only an owner may drop and re-add their indexes and foreign keys).
     *
     * <p>The bulk path rebuilds indexes and re-checks foreign keys over every row, old and new; the incremental
     * path pays per new row only. Measured on 2 cores (embedded PostgreSQL 17, one run each, a shared machine):
     * onto 1,000 games, adding 1,000 took 3.0 s in bulk and 4.3 s by batches, adding 3,000 6.2 s and 9.8 s; onto
     * 10,000 games, adding 1,000 took 8.7 s and 3.8 s, adding 3,000 12.4 s and 11.0 s. The two cross at about a
     * third of the games there; half leaves room for the noise. The count of games stands for the count of
     * plays, which is what the rebuild costs: sample games all have about 80.
     */
    static LoadPath choose(int games, long existingGames, boolean ownsTables) {
        if (!ownsTables) {
            return INCREMENTAL;
        }
        return games * 100L >= existingGames * BULK_SHARE_PERCENT ? BULK : INCREMENTAL;
    }

    static final int BULK_SHARE_PERCENT = 50;
}
