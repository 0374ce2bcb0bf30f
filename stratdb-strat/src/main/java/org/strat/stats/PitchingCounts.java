package org.strat.stats;

import java.util.OptionalDouble;

/**
 * A pitching line's counts, as pitching_game_stats sums them, with innings pitched and the rates a season line
 * prints. Innings are kept as outs; {@link #inningsPitched()} writes them the way a box score does.
 */
public record PitchingCounts(int battersFaced, int outs, int hits, int runs, int earnedRuns, int bb, int ibb, int so,
                             int hbp, int homeruns, int wildPitches, int balks) {

    public int walks() {
        return bb + ibb;
    }

    /** Innings pitched as a box score writes them: whole innings, a dot, and the outs of the last one (17 outs: "5.2"). */
    public String inningsPitched() {
        return outs / 3 + "." + outs % 3;
    }

    /** Earned runs per nine innings; empty before the first out. */
    public OptionalDouble era() {
        return outs == 0 ? OptionalDouble.empty() : OptionalDouble.of(27.0 * earnedRuns / outs);
    }

    /** Walks plus hits per inning; empty before the first out. */
    public OptionalDouble whip() {
        return outs == 0 ? OptionalDouble.empty() : OptionalDouble.of(3.0 * (walks() + hits) / outs);
    }

    public PitchingCounts plus(PitchingCounts other) {
        return new PitchingCounts(battersFaced + other.battersFaced, outs + other.outs, hits + other.hits,
                runs + other.runs, earnedRuns + other.earnedRuns, bb + other.bb, ibb + other.ibb, so + other.so,
                hbp + other.hbp, homeruns + other.homeruns, wildPitches + other.wildPitches, balks + other.balks);
    }

    public static PitchingCounts zero() {
        return new PitchingCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
