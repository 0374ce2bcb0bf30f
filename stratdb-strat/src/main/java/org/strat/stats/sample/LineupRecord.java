package org.strat.stats.sample;

/**
 * One lineups row of a simulated game. Lineup entries are referred to by their index in the game's list until
 * the loader knows their database ids.
 *
 * <p>Mutable because a substitution closes the entry it replaces ({@link #exitedAt}, {@link #active}) long
 * after the entry was created.
 */
final class LineupRecord {

    final int teamId;
    final int personId;
    final String position;
    final int battingOrder;
    final boolean starter;
    final int replacing;
    final int enteredAt;
    boolean active = true;
    int exitedAt = SimulatedGame.NONE;

    /**
     * @param battingOrder 1-9, or {@link SimulatedGame#NONE} for a pitcher (the sample leagues use the DH)
     * @param replacing the index of the entry this one replaced, or NONE for a starter
     * @param enteredAt the number of the first play after the substitution, or NONE for a starter
     */
    LineupRecord(int teamId, int personId, String position, int battingOrder, boolean starter, int replacing,
                 int enteredAt) {
        this.teamId = teamId;
        this.personId = personId;
        this.position = position;
        this.battingOrder = battingOrder;
        this.starter = starter;
        this.replacing = replacing;
        this.enteredAt = enteredAt;
    }
}
