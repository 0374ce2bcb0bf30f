package org.strat.stats.sample;

import java.util.SplittableRandom;

/**
 * One Strat-O-Matic roll: a white d6 (which card column), two red d6 (the row) and a d20 (the split).
 *
 * <p>The roll decides the play: {@link #index()} numbers the 4,320 equally likely rolls, and {@link Outcome}
 * maps ranges of that number to results, so the stored roll and the stored play always agree.
 */
record Dice(int column, int redOne, int redTwo, int split) {

    static final int COMBINATIONS = 6 * 6 * 6 * 20;

    static Dice roll(SplittableRandom random) {
        return new Dice(1 + random.nextInt(6), 1 + random.nextInt(6), 1 + random.nextInt(6), 1 + random.nextInt(20));
    }

    int index() {
        return (((column - 1) * 6 + (redOne - 1)) * 6 + (redTwo - 1)) * 20 + (split - 1);
    }

    /** The roll as stored in rolls.roll_data. */
    String json() {
        return "{\"d6\": " + column + ", \"2d6\": [" + redOne + ", " + redTwo + "], \"d20\": " + split + "}";
    }

    /** A lone d20 (a jump or wild-pitch check) as stored in rolls.roll_data. */
    static String d20Json(int split) {
        return "{\"d20\": " + split + "}";
    }
}
