package org.strat.stats;

/**
 * One lineup entry's batting in one game, placed in the batting order.
 *
 * @param battingOrder the slot (1-9), or null for an entry with none that still reached base
 * @param substituteDepth 0 for the man who started in the slot, 1 for his substitute, 2 for the substitute's, ...
 */
public record BattingLine(int lineupId, int teamId, StatSubject subject, String position, Integer battingOrder,
                          int substituteDepth, BattingCounts counts) {
}
