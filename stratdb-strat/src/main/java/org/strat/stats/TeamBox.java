package org.strat.stats;

import java.util.List;

/**
 * One team's half of a box score: batters in batting order (substitutes under the man they replaced), then
 * pitchers in the order they pitched.
 */
public record TeamBox(int teamId, List<BattingLine> batting, List<PitchingLine> pitching) {

    public TeamBox {
        batting = List.copyOf(batting);
        pitching = List.copyOf(pitching);
    }

    public BattingCounts battingTotals() {
        return batting.stream().map(BattingLine::counts).reduce(BattingCounts.zero(), BattingCounts::plus);
    }

    public PitchingCounts pitchingTotals() {
        return pitching.stream().map(PitchingLine::counts).reduce(PitchingCounts.zero(), PitchingCounts::plus);
    }
}
