package org.strat.stats;

/** One player's or card's batting summed over every game in the stat views. */
public record BattingSeason(StatSubject subject, int games, BattingCounts counts) {
}
