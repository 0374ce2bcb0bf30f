package org.strat.stats;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads counts from result rows whose columns carry the stat views' names. */
final class StatRows {

    private StatRows() {
    }

    static BattingCounts batting(ResultSet row) throws SQLException {
        return new BattingCounts(row.getInt("pa"), row.getInt("ab"), row.getInt("run"), row.getInt("hit"),
                row.getInt("double"), row.getInt("triple"), row.getInt("homerun"), row.getInt("rbi"), row.getInt("bb"),
                row.getInt("so"), row.getInt("hbp"), row.getInt("sac"), row.getInt("ibb"), row.getInt("gidp"),
                row.getInt("sb"), row.getInt("cs"));
    }

    static PitchingCounts pitching(ResultSet row) throws SQLException {
        return new PitchingCounts(row.getInt("batters_faced"), row.getInt("outs"), row.getInt("hits"),
                row.getInt("runs"), row.getInt("earned_runs"), row.getInt("bb"), row.getInt("ibb"), row.getInt("so"),
                row.getInt("hbp"), row.getInt("homeruns"), row.getInt("wild_pitches"), row.getInt("balks"));
    }

    static StatSubject subject(ResultSet row) throws SQLException {
        return StatSubject.of((Integer) row.getObject("player_id"), (Integer) row.getObject("card_id"));
    }

    static Integer nullableInt(ResultSet row, String column) throws SQLException {
        return (Integer) row.getObject(column);
    }
}
