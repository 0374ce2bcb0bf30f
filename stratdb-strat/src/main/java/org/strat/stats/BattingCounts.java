package org.strat.stats;

import java.util.OptionalDouble;

/**
 * A batting line's counts, as batting_game_stats sums them, with the rates a season line prints.
 *
 * <p>{@code bb} counts unintentional walks and {@code ibb} intentional ones; {@link #walks()} is the BB of a
 * printed line. {@code doubles}, {@code triples} and {@code homeruns} are included in {@code hits}.
 */
public record BattingCounts(int pa, int ab, int runs, int hits, int doubles, int triples, int homeruns, int rbi,
                            int bb, int so, int hbp, int sac, int ibb, int gidp, int sb, int cs) {

    public int walks() {
        return bb + ibb;
    }

    public int totalBases() {
        return hits + doubles + 2 * triples + 3 * homeruns;
    }

    /** Hits per at bat; empty without an at bat. */
    public OptionalDouble average() {
        return ratio(hits, ab);
    }

    /**
     * Times on base (hits, walks, hit by pitch) per at bat, walk and hit by pitch.
     *
     * <p>The official denominator also counts sacrifice flies; plays record sacrifice flies and bunts in one
     * {@code sac} column, so both are left out, and a batter with sacrifice flies reads a few points high.
     */
    public OptionalDouble onBase() {
        return ratio(hits + walks() + hbp, ab + walks() + hbp);
    }

    /** Total bases per at bat; empty without an at bat. */
    public OptionalDouble slugging() {
        return ratio(totalBases(), ab);
    }

    public BattingCounts plus(BattingCounts other) {
        return new BattingCounts(pa + other.pa, ab + other.ab, runs + other.runs, hits + other.hits,
                doubles + other.doubles, triples + other.triples, homeruns + other.homeruns, rbi + other.rbi,
                bb + other.bb, so + other.so, hbp + other.hbp, sac + other.sac, ibb + other.ibb, gidp + other.gidp,
                sb + other.sb, cs + other.cs);
    }

    public static BattingCounts zero() {
        return new BattingCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static OptionalDouble ratio(int numerator, int denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
}
