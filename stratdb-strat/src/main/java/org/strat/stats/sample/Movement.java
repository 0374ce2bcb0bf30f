package org.strat.stats.sample;

/**
 * Who is involved in a play and where each of them ends: slot 0 is the batter, slots 1-3 the runners who
 * started on first, second and third. A destination is 0 for out, 1-3 for a base, 4 for scored.
 */
final class Movement {

    static final int SCORED = 4;
    static final int OUT = 0;

    final int[] man = new int[4];
    final int[] to = new int[4];

    /** @param batter the batter's lineup index, or NONE for a baserunning play (he stays at the plate) */
    Movement(int batter, int[] bases) {
        man[0] = batter;
        for (int base = 1; base <= 3; base++) {
            man[base] = bases[base];
            to[base] = base;
        }
    }

    boolean on(int slot) {
        return man[slot] != SimulatedGame.NONE;
    }

    int outs() {
        int outs = 0;
        for (int slot = 0; slot <= 3; slot++) {
            if (on(slot) && to[slot] == OUT) {
                outs++;
            }
        }
        return outs;
    }

    int runs() {
        int runs = 0;
        for (int slot = 0; slot <= 3; slot++) {
            if (on(slot) && to[slot] == SCORED) {
                runs++;
            }
        }
        return runs;
    }

    /** The third out ends the half at once: nobody scores on the play, and the survivors stay where they were. */
    void endHalf() {
        for (int slot = 1; slot <= 3; slot++) {
            if (on(slot) && to[slot] != OUT) {
                to[slot] = slot;
            }
        }
        if (on(0) && to[0] != OUT) {
            to[0] = 1;
        }
    }

    /** Runners advance one base each where forced, as on a walk: the batter takes first. */
    void forceAdvance() {
        to[0] = 1;
        if (on(1)) {
            to[1] = 2;
            if (on(2)) {
                to[2] = 3;
                if (on(3)) {
                    to[3] = SCORED;
                }
            }
        }
    }

    /** Every runner moves up one base (a wild pitch, a balk). */
    void everyRunnerAdvances() {
        for (int slot = 1; slot <= 3; slot++) {
            if (on(slot)) {
                to[slot] = slot + 1;
            }
        }
    }

    /**
     * A game-ending play counts only the runs that put the home team ahead, and the batter's hit is worth only as
     * many bases as the winning runner advanced (Official Baseball Rules 9.06(f); a home run is exempt, and the
     * caller does not call this for one). Runners who would have scored beyond those stop at the highest base
     * still free, lead runner first, so that no two men end on the same base.
     */
    void keepOnlyWinningRuns(int needed, boolean hit) {
        int counted = 0;
        int ceiling = 3;
        int winnerAdvanced = 3;
        for (int slot = 3; slot >= 0; slot--) {
            if (!on(slot) || to[slot] == OUT) {
                continue;
            }
            if (to[slot] == SCORED && counted < needed) {
                counted++;
                winnerAdvanced = SCORED - slot;
                continue;
            }
            int base = Math.min(to[slot] == SCORED ? 3 : to[slot], ceiling);
            if (slot == 0 && hit) {
                base = Math.min(base, winnerAdvanced);
            }
            to[slot] = base;
            ceiling = base - 1;
        }
    }
}
