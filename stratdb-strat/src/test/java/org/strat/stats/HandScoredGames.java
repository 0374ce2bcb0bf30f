package org.strat.stats;

import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Three short games scored by hand, play by play, as a scorer would write them: three innings each so that every
 * line can be checked by eye. Between them they hold a stolen base and a caught stealing, sacrifice bunts and a
 * sacrifice fly, walks (one intentional), two hit batters, double plays, a wild pitch and a balk, an error that
 * lets an unearned run score, a pinch hitter and a pinch runner who scores without batting, a relief pitcher,
 * and a walk-off single with the bases loaded (only the winning run counts). The expected lines are computed by
 * hand in the tests that use them, never by the code under test.
 *
 * <p>Lineup ids: game one 101-110 (team 1) and 201-210 (team 2); game two 301-313 (team 1) and 401-410 (team 2);
 * game three 501-510 (team 7) and 601-610 (team 8). Batters are ids x01-x09 in batting order, the starting
 * pitcher x10. sba people are players 1001-1011 and 1020-1030 (team 1), 2001-2009 and 2020 (team 2); pd are cards
 * 7001-7009 and 7020 (team 7), 8001-8009 and 8020 (team 8).
 */
public final class HandScoredGames {

    public static final UUID GAME_ONE = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID GAME_TWO = UUID.fromString("00000000-0000-4000-8000-000000000002");
    public static final UUID GAME_THREE = UUID.fromString("00000000-0000-4000-8000-000000000003");

    private HandScoredGames() {
    }

    public static void writeAll(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            gameOne(connection);
            gameTwo(connection);
            gameThree(connection);
        }
    }

    /** sba, team 1 at team 2, 2-1: steals, sacrifice bunts, a walk, a hit batter, three double plays. */
    static void gameOne(Connection connection) throws SQLException {
        ScoreSheet.game(connection, GAME_ONE, "sba", 1, 2, 2, 1, 3, "bottom")
                .starters(101, 1, false, 1001, 1020)
                .starters(201, 2, false, 2001, 2020)
                // Top 1: walk, steal of second, strikeout, RBI single, 6-4-3 double play.
                .play("T1", 0, 101, 210, "WALK", "pa bb bf=1")
                .play("T1", 0, 102, 210, "STOLEN_BASE", "runner=101 1st=101>2 sb")
                .play("T1", 0, 102, 210, "STRIKEOUT", "pa ab so outs=1 bf=0 2nd=101>2")
                .play("T1", 1, 103, 210, "SINGLE", "pa ab hit rbi=1 run=1 e_run=1 bf=1 2nd=101>4")
                .play("T1", 1, 104, 210, "DOUBLE_PLAY", "pa ab gidp outs=2 bf=0 1st=103>0")
                // Bottom 1: hit by pitch, sacrifice bunt, caught stealing third, fly out.
                .play("B1", 0, 201, 110, "HIT_BY_PITCH", "pa hbp bf=1")
                .play("B1", 0, 202, 110, "SAC_BUNT", "pa sac outs=1 bf=0 1st=201>2")
                .play("B1", 1, 203, 110, "CAUGHT_STEALING", "runner=201 2nd=201>0 cs outs=1")
                .play("B1", 2, 203, 110, "FLYOUT", "pa ab outs=1 bf=0")
                // Top 2: solo home run, then three outs.
                .play("T2", 0, 105, 210, "HOMERUN", "pa ab hit homerun rbi=1 run=1 e_run=1 bf=4")
                .play("T2", 0, 106, 210, "STRIKEOUT", "pa ab so outs=1 bf=0")
                .play("T2", 1, 107, 210, "GROUNDOUT", "pa ab outs=1 bf=0")
                .play("T2", 2, 108, 210, "POPOUT", "pa ab outs=1 bf=0")
                // Bottom 2: double, RBI single, walk, double play (runner to third), strikeout.
                .play("B2", 0, 204, 110, "DOUBLE", "pa ab hit double bf=2")
                .play("B2", 0, 205, 110, "SINGLE", "pa ab hit rbi=1 run=1 e_run=1 bf=1 2nd=204>4")
                .play("B2", 0, 206, 110, "WALK", "pa bb bf=1 1st=205>2")
                .play("B2", 0, 207, 110, "DOUBLE_PLAY", "pa ab gidp outs=2 bf=0 1st=206>0 2nd=205>3")
                .play("B2", 2, 208, 110, "STRIKEOUT", "pa ab so outs=1 bf=0 3rd=205>3")
                // Top 3: single, sacrifice bunt, ground out moving him to third, strikeout strands him.
                .play("T3", 0, 109, 210, "SINGLE", "pa ab hit bf=1")
                .play("T3", 0, 101, 210, "SAC_BUNT", "pa sac outs=1 bf=0 1st=109>2")
                .play("T3", 1, 102, 210, "GROUNDOUT", "pa ab outs=1 bf=0 2nd=109>3")
                .play("T3", 2, 103, 210, "STRIKEOUT", "pa ab so outs=1 bf=0 3rd=109>3")
                // Bottom 3: single, fly out, single to first and third; a double play ends it and the run does not count.
                .play("B3", 0, 209, 110, "SINGLE", "pa ab hit bf=1")
                .play("B3", 0, 201, 110, "FLYOUT", "pa ab outs=1 bf=0 1st=209>1")
                .play("B3", 1, 202, 110, "SINGLE", "pa ab hit bf=1 1st=209>3")
                .play("B3", 1, 203, 110, "DOUBLE_PLAY", "pa ab gidp outs=2 bf=0 1st=202>0 3rd=209>3");
    }

    /**
     * sba, team 2 at team 1, 3-4, the bottom of the third not needed: an error and an unearned run, an intentional
     * walk, a wild pitch, a sacrifice fly, a relief pitcher (311 for 310 from play 14), a pinch hitter (312 for the
     * DH 309, who never batted, at play 22) and a pinch runner (313 for 312 at play 23) who scores.
     */
    static void gameTwo(Connection connection) throws SQLException {
        ScoreSheet.game(connection, GAME_TWO, "sba", 2, 1, 3, 4, 3, "top")
                .starters(401, 2, false, 2001, 2020)
                .starters(301, 1, false, 1001, 1021)
                .lineup(311, 1, false, 1030, "P", null, 310, 14)
                .lineup(312, 1, false, 1010, "PH", 9, 309, 22)
                .lineup(313, 1, false, 1011, "PR", 9, 312, 23)
                // Top 1: ground out; 402 safe on the shortstop's error; 403 doubles him home: unearned, as the
                // error should have been the second out and the double would then have scored nobody.
                .play("T1", 0, 401, 310, "GROUNDOUT", "pa ab outs=1 bf=0")
                .play("T1", 1, 402, 310, "ERROR", "pa ab error bf=1")
                .play("T1", 1, 403, 310, "DOUBLE", "pa ab hit double rbi=1 run=1 e_run=0 bf=2 1st=402>4")
                .play("T1", 1, 404, 310, "INTENTIONAL_WALK", "pa ibb bf=1 2nd=403>2")
                .play("T1", 1, 405, 310, "STRIKEOUT", "pa ab so outs=1 bf=0 1st=404>1 2nd=403>2")
                .play("T1", 2, 406, 310, "FLYOUT", "pa ab outs=1 bf=0 1st=404>1 2nd=403>2")
                // Bottom 1: single, wild pitch, fly out (runner tags to third), sacrifice fly.
                .play("B1", 0, 301, 410, "SINGLE", "pa ab hit bf=1")
                .play("B1", 0, 302, 410, "WILD_PITCH", "wild_pitch 1st=301>2")
                .play("B1", 0, 302, 410, "FLYOUT", "pa ab outs=1 bf=0 2nd=301>3")
                .play("B1", 1, 303, 410, "SAC_FLY", "pa sac rbi=1 run=1 e_run=1 outs=1 bf=0 3rd=301>4")
                .play("B1", 2, 304, 410, "STRIKEOUT", "pa ab so outs=1 bf=0")
                // Top 2: home run and a single off 310; 311 relieves and gets out of it.
                .play("T2", 0, 407, 310, "HOMERUN", "pa ab hit homerun rbi=1 run=1 e_run=1 bf=4")
                .play("T2", 0, 408, 310, "SINGLE", "pa ab hit bf=1")
                .play("T2", 0, 409, 311, "GROUNDOUT", "pa ab outs=1 bf=0 1st=408>2")
                .play("T2", 1, 401, 311, "WALK", "pa bb bf=1 2nd=408>2")
                .play("T2", 1, 402, 311, "STRIKEOUT", "pa ab so outs=1 bf=0 1st=401>1 2nd=408>2")
                .play("T2", 2, 403, 311, "GROUNDOUT", "pa ab outs=1 bf=0 1st=401>1 2nd=408>2")
                // Bottom 2: three runs with two out, the last two on a single after the pinch hitter's double.
                .play("B2", 0, 305, 410, "SINGLE", "pa ab hit bf=1")
                .play("B2", 0, 306, 410, "GROUNDOUT", "pa ab outs=1 bf=0 1st=305>2")
                .play("B2", 1, 307, 410, "FLYOUT", "pa ab outs=1 bf=0 2nd=305>2")
                .play("B2", 2, 308, 410, "SINGLE", "pa ab hit rbi=1 run=1 e_run=1 bf=1 2nd=305>4")
                .play("B2", 2, 312, 410, "DOUBLE", "pa ab hit double bf=2 1st=308>3")
                .play("B2", 2, 301, 410, "SINGLE", "pa ab hit rbi=2 run=2 e_run=2 bf=1 2nd=313>4 3rd=308>4")
                .play("B2", 2, 302, 410, "FLYOUT", "pa ab outs=1 bf=0 1st=301>1")
                // Top 3: a run on a ground out, then a strikeout ends the game.
                .play("T3", 0, 404, 311, "SINGLE", "pa ab hit bf=1")
                .play("T3", 0, 405, 311, "GROUNDOUT", "pa ab outs=1 bf=0 1st=404>2")
                .play("T3", 1, 406, 311, "SINGLE", "pa ab hit bf=1 2nd=404>3")
                .play("T3", 1, 407, 311, "GROUNDOUT", "pa ab rbi=1 run=1 e_run=1 outs=1 bf=0 1st=406>2 3rd=404>4")
                .play("T3", 2, 408, 311, "STRIKEOUT", "pa ab so outs=1 bf=0 2nd=406>2");
    }

    /** pd, team 7 at team 8, 1-2: a balk, and a bases-loaded walk-off single with nobody out in the bottom of the third. */
    static void gameThree(Connection connection) throws SQLException {
        ScoreSheet.game(connection, GAME_THREE, "pd", 7, 8, 1, 2, 3, "bottom")
                .starters(501, 7, true, 7001, 7020)
                .starters(601, 8, true, 8001, 8020)
                .play("T1", 0, 501, 610, "HOMERUN", "pa ab hit homerun rbi=1 run=1 e_run=1 bf=4")
                .play("T1", 0, 502, 610, "STRIKEOUT", "pa ab so outs=1 bf=0")
                .play("T1", 1, 503, 610, "GROUNDOUT", "pa ab outs=1 bf=0")
                .play("T1", 2, 504, 610, "FLYOUT", "pa ab outs=1 bf=0")
                .play("B1", 0, 601, 510, "WALK", "pa bb bf=1")
                .play("B1", 0, 602, 510, "BALK", "balk 1st=601>2")
                .play("B1", 0, 602, 510, "SINGLE", "pa ab hit rbi=1 run=1 e_run=1 bf=1 2nd=601>4")
                .play("B1", 0, 603, 510, "DOUBLE_PLAY", "pa ab gidp outs=2 bf=0 1st=602>0")
                .play("B1", 2, 604, 510, "STRIKEOUT", "pa ab so outs=1 bf=0")
                .play("T2", 0, 505, 610, "SINGLE", "pa ab hit bf=1")
                .play("T2", 0, 506, 610, "STRIKEOUT", "pa ab so outs=1 bf=0 1st=505>1")
                .play("T2", 1, 507, 610, "STRIKEOUT", "pa ab so outs=1 bf=0 1st=505>1")
                .play("T2", 2, 508, 610, "FLYOUT", "pa ab outs=1 bf=0 1st=505>1")
                .play("B2", 0, 605, 510, "GROUNDOUT", "pa ab outs=1 bf=0")
                .play("B2", 1, 606, 510, "STRIKEOUT", "pa ab so outs=1 bf=0")
                .play("B2", 2, 607, 510, "FLYOUT", "pa ab outs=1 bf=0")
                .play("T3", 0, 509, 610, "GROUNDOUT", "pa ab outs=1 bf=0")
                .play("T3", 1, 501, 610, "STRIKEOUT", "pa ab so outs=1 bf=0")
                .play("T3", 2, 502, 610, "GROUNDOUT", "pa ab outs=1 bf=0")
                // Bottom 3, tied 1-1: single, walk, hit batter, and a single that scores only the winning run.
                .play("B3", 0, 608, 510, "SINGLE", "pa ab hit bf=1")
                .play("B3", 0, 609, 510, "WALK", "pa bb bf=1 1st=608>2")
                .play("B3", 0, 601, 510, "HIT_BY_PITCH", "pa hbp bf=1 1st=609>2 2nd=608>3")
                .play("B3", 0, 602, 510, "SINGLE", "pa ab hit rbi=1 run=1 e_run=1 bf=1 1st=601>2 2nd=609>3 3rd=608>4");
    }
}
