package org.strat.stats;

/** One pitcher's line in one game; a box score lists them in the order they pitched. */
public record PitchingLine(int lineupId, int teamId, StatSubject subject, PitchingCounts counts) {
}
