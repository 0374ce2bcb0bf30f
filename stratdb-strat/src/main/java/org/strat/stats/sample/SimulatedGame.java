package org.strat.stats.sample;

import java.util.List;
import java.util.UUID;

/** Everything one simulated game writes: the games row, its lineup entries, plays (each with its roll) and rosters. */
record SimulatedGame(int index, UUID id, int awayTeamId, int homeTeamId, int finalInning, boolean endedInTop,
                     int awayScore, int homeScore, long startEpochSecond, List<LineupRecord> lineups,
                     List<PlayRecord> plays, List<TeamRoster> rosters) {

    /** Stands for NULL in the int fields of the records. */
    static final int NONE = -1;
}
