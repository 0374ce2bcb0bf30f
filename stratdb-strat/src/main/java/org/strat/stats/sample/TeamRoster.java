package org.strat.stats.sample;

/**
 * One club of the sample league: 13 position players and 13 pitchers, the same in every game, so that season
 * lines add up across games.
 *
 * <p>Ids are {@code teamId * 100 + n}: position players n = 1-13, pitchers n = 21-33 (starters 21-25); pd cards
 * add 50,000 so that they never look like sba players.
 */
record TeamRoster(int teamId, int[] hitters, int[] starters, int[] relievers) {

    static final int TEAMS = 20;
    static final int REGULARS = 9;

    /**
     * The regulars' scorebook positions (2 catcher ... 9 right field, 0 designated hitter) in roster order;
     * hitters 10-13 are the bench.
     */
    static final int[] REGULAR_POSITIONS = {2, 3, 4, 5, 6, 7, 8, 9, 0};

    /** The regulars' batting order as indexes into the roster: CF, SS, 1B, RF, DH, 3B, LF, 2B, C. */
    static final int[] BATTING_ORDER = {6, 4, 1, 7, 8, 3, 5, 2, 0};

    static TeamRoster of(int teamId, boolean cards) {
        int base = (cards ? 50_000 : 0) + teamId * 100;
        int[] hitters = new int[13];
        for (int i = 0; i < hitters.length; i++) {
            hitters[i] = base + 1 + i;
        }
        int[] starters = new int[5];
        for (int i = 0; i < starters.length; i++) {
            starters[i] = base + 21 + i;
        }
        int[] relievers = new int[8];
        for (int i = 0; i < relievers.length; i++) {
            relievers[i] = base + 26 + i;
        }
        return new TeamRoster(teamId, hitters, starters, relievers);
    }

    /** Everyone on the roster, for roster_links. */
    int[] everyone() {
        int[] all = new int[hitters.length + starters.length + relievers.length];
        System.arraycopy(hitters, 0, all, 0, hitters.length);
        System.arraycopy(starters, 0, all, hitters.length, starters.length);
        System.arraycopy(relievers, 0, all, hitters.length + starters.length, relievers.length);
        return all;
    }
}
