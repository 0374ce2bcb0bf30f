package org.strat.stats;

/** One player's or card's pitching summed over every game in the stat views. */
public record PitchingSeason(StatSubject subject, int games, PitchingCounts counts) {
}
