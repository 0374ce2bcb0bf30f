package org.strat.stats;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three stat views hold exactly the lines a scorer computes by hand from the plays of {@link HandScoredGames}.
 *
 * <p>Every expected line below was added up from the scorebook, not by the code under test. A line names the
 * lineup entry, its team and person, then the non-zero counts; every count not named is expected to be 0.
 */
@ExtendWith(FreshDatabaseExtension.class)
class StatViewsTest {

    private static final List<String> BATTING = List.of("pa", "ab", "run", "hit", "double", "triple", "homerun",
            "rbi", "bb", "so", "hbp", "sac", "ibb", "gidp", "sb", "cs");
    private static final List<String> PITCHING = List.of("batters_faced", "outs", "hits", "runs", "earned_runs", "bb",
            "ibb", "so", "hbp", "homeruns", "wild_pitches", "balks");
    private static final List<String> GAME = List.of("away_runs", "away_hits", "home_runs", "home_hits",
            "away_errors", "home_errors", "plays");

    @BeforeEach
    void scoreTheGames(TestDatabase database) throws SQLException {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        HandScoredGames.writeAll(database);
        new StatViewRefresher(ConnectionSource.of(database.settings())).refresh(RefreshMode.CONCURRENTLY);
    }

    @Test
    void gameOneStealsSacrificesWalkHitBatterAndDoublePlays(TestDatabase database) {
        assertThat(batting(database, HandScoredGames.GAME_ONE)).containsExactly(
                line("101 team 1 player 1001", BATTING, "pa=2 run=1 bb=1 sac=1 sb=1"),
                line("102 team 1 player 1002", BATTING, "pa=2 ab=2 so=1"),
                line("103 team 1 player 1003", BATTING, "pa=2 ab=2 hit=1 rbi=1 so=1"),
                line("104 team 1 player 1004", BATTING, "pa=1 ab=1 gidp=1"),
                line("105 team 1 player 1005", BATTING, "pa=1 ab=1 run=1 hit=1 homerun=1 rbi=1"),
                line("106 team 1 player 1006", BATTING, "pa=1 ab=1 so=1"),
                line("107 team 1 player 1007", BATTING, "pa=1 ab=1"),
                line("108 team 1 player 1008", BATTING, "pa=1 ab=1"),
                line("109 team 1 player 1009", BATTING, "pa=1 ab=1 hit=1"),
                line("201 team 2 player 2001", BATTING, "pa=2 ab=1 hbp=1 cs=1"),
                line("202 team 2 player 2002", BATTING, "pa=2 ab=1 hit=1 sac=1"),
                line("203 team 2 player 2003", BATTING, "pa=2 ab=2 gidp=1"),
                line("204 team 2 player 2004", BATTING, "pa=1 ab=1 run=1 hit=1 double=1"),
                line("205 team 2 player 2005", BATTING, "pa=1 ab=1 hit=1 rbi=1"),
                line("206 team 2 player 2006", BATTING, "pa=1 bb=1"),
                line("207 team 2 player 2007", BATTING, "pa=1 ab=1 gidp=1"),
                line("208 team 2 player 2008", BATTING, "pa=1 ab=1 so=1"),
                line("209 team 2 player 2009", BATTING, "pa=1 ab=1 hit=1"));
        assertThat(pitching(database, HandScoredGames.GAME_ONE)).containsExactly(
                line("110 team 1 player 1020", PITCHING, "batters_faced=12 outs=9 hits=4 runs=1 earned_runs=1 bb=1 so=1 hbp=1"),
                line("210 team 2 player 2020", PITCHING, "batters_faced=12 outs=9 hits=3 runs=2 earned_runs=2 bb=1 so=3 homeruns=1"));
        assertThat(game(database, HandScoredGames.GAME_ONE))
                .isEqualTo(line("game", GAME, "away_runs=2 away_hits=3 home_runs=1 home_hits=4 plays=26"));
    }

    @Test
    void gameTwoErrorAndUnearnedRunSubstitutesAndAPinchRunnerWhoScoredWithoutBatting(TestDatabase database) {
        assertThat(batting(database, HandScoredGames.GAME_TWO)).containsExactly(
                line("301 team 1 player 1001", BATTING, "pa=2 ab=2 run=1 hit=2 rbi=2"),
                line("302 team 1 player 1002", BATTING, "pa=2 ab=2"),
                line("303 team 1 player 1003", BATTING, "pa=1 rbi=1 sac=1"),
                line("304 team 1 player 1004", BATTING, "pa=1 ab=1 so=1"),
                line("305 team 1 player 1005", BATTING, "pa=1 ab=1 run=1 hit=1"),
                line("306 team 1 player 1006", BATTING, "pa=1 ab=1"),
                line("307 team 1 player 1007", BATTING, "pa=1 ab=1"),
                line("308 team 1 player 1008", BATTING, "pa=1 ab=1 run=1 hit=1 rbi=1"),
                // 309, the DH, left for a pinch hitter before his first turn: he took no part on offense.
                line("312 team 1 player 1010", BATTING, "pa=1 ab=1 hit=1 double=1"),
                line("313 team 1 player 1011", BATTING, "run=1"),
                line("401 team 2 player 2001", BATTING, "pa=2 ab=1 bb=1"),
                line("402 team 2 player 2002", BATTING, "pa=2 ab=2 run=1 so=1"),
                line("403 team 2 player 2003", BATTING, "pa=2 ab=2 hit=1 double=1 rbi=1"),
                line("404 team 2 player 2004", BATTING, "pa=2 ab=1 run=1 hit=1 ibb=1"),
                line("405 team 2 player 2005", BATTING, "pa=2 ab=2 so=1"),
                line("406 team 2 player 2006", BATTING, "pa=2 ab=2 hit=1"),
                line("407 team 2 player 2007", BATTING, "pa=2 ab=2 run=1 hit=1 homerun=1 rbi=2"),
                line("408 team 2 player 2008", BATTING, "pa=2 ab=2 hit=1 so=1"),
                line("409 team 2 player 2009", BATTING, "pa=1 ab=1"));
        assertThat(pitching(database, HandScoredGames.GAME_TWO)).containsExactly(
                line("310 team 1 player 1021", PITCHING, "batters_faced=8 outs=3 hits=3 runs=2 earned_runs=1 ibb=1 so=1 homeruns=1"),
                line("311 team 1 player 1030", PITCHING, "batters_faced=9 outs=6 hits=2 runs=1 earned_runs=1 bb=1 so=2"),
                line("410 team 2 player 2020", PITCHING, "batters_faced=11 outs=6 hits=5 runs=4 earned_runs=4 so=1 wild_pitches=1"));
        assertThat(game(database, HandScoredGames.GAME_TWO))
                .isEqualTo(line("game", GAME, "away_runs=3 away_hits=5 home_runs=4 home_hits=5 home_errors=1 plays=29"));
    }

    @Test
    void gameThreeCardsABalkAndAWalkOffThatCountsOnlyTheWinningRun(TestDatabase database) {
        assertThat(batting(database, HandScoredGames.GAME_THREE)).containsExactly(
                line("501 team 7 card 7001", BATTING, "pa=2 ab=2 run=1 hit=1 homerun=1 rbi=1 so=1"),
                line("502 team 7 card 7002", BATTING, "pa=2 ab=2 so=1"),
                line("503 team 7 card 7003", BATTING, "pa=1 ab=1"),
                line("504 team 7 card 7004", BATTING, "pa=1 ab=1"),
                line("505 team 7 card 7005", BATTING, "pa=1 ab=1 hit=1"),
                line("506 team 7 card 7006", BATTING, "pa=1 ab=1 so=1"),
                line("507 team 7 card 7007", BATTING, "pa=1 ab=1 so=1"),
                line("508 team 7 card 7008", BATTING, "pa=1 ab=1"),
                line("509 team 7 card 7009", BATTING, "pa=1 ab=1"),
                line("601 team 8 card 8001", BATTING, "pa=2 run=1 bb=1 hbp=1"),
                line("602 team 8 card 8002", BATTING, "pa=2 ab=2 hit=2 rbi=2"),
                line("603 team 8 card 8003", BATTING, "pa=1 ab=1 gidp=1"),
                line("604 team 8 card 8004", BATTING, "pa=1 ab=1 so=1"),
                line("605 team 8 card 8005", BATTING, "pa=1 ab=1"),
                line("606 team 8 card 8006", BATTING, "pa=1 ab=1 so=1"),
                line("607 team 8 card 8007", BATTING, "pa=1 ab=1"),
                line("608 team 8 card 8008", BATTING, "pa=1 ab=1 run=1 hit=1"),
                line("609 team 8 card 8009", BATTING, "pa=1 bb=1"));
        assertThat(pitching(database, HandScoredGames.GAME_THREE)).containsExactly(
                line("510 team 7 card 7020", PITCHING, "batters_faced=11 outs=6 hits=3 runs=2 earned_runs=2 bb=2 so=2 hbp=1 balks=1"),
                line("610 team 8 card 8020", PITCHING, "batters_faced=11 outs=9 hits=2 runs=1 earned_runs=1 so=4 homeruns=1"));
        assertThat(game(database, HandScoredGames.GAME_THREE))
                .isEqualTo(line("game", GAME, "away_runs=1 away_hits=2 home_runs=2 home_hits=3 plays=23"));
    }

    @Test
    void aGameWithoutPlaysHasAGameRowOfZerosAndNoLines(TestDatabase database) {
        UUID empty = UUID.fromString("00000000-0000-4000-8000-0000000000ff");
        Sql.execute(database, "INSERT INTO games (id, league_id, home_team_id, away_team_id) VALUES ('" + empty + "', 'sba', 3, 4)");
        new StatViewRefresher(ConnectionSource.of(database.settings())).refresh(RefreshMode.CONCURRENTLY);

        assertThat(game(database, empty)).isEqualTo(line("game", GAME, ""));
        assertThat(batting(database, empty)).isEmpty();
        assertThat(pitching(database, empty)).isEmpty();
    }

    @Test
    void sumsAreIntegersAsTheSchemaSays(TestDatabase database) {
        assertThat(Sql.column(database, """
                SELECT DISTINCT format_type(a.atttypid, a.atttypmod)
                FROM pg_attribute a
                WHERE a.attrelid IN ('batting_game_stats'::regclass, 'pitching_game_stats'::regclass, 'game_stats'::regclass)
                  AND a.attnum > 0 AND a.attname NOT IN ('game_id')
                """)).containsExactly("integer");
    }

    private static List<String> batting(TestDatabase database, UUID game) {
        return rows(database, "batting_game_stats", game, BATTING);
    }

    private static List<String> pitching(TestDatabase database, UUID game) {
        return rows(database, "pitching_game_stats", game, PITCHING);
    }

    private static String game(TestDatabase database, UUID game) {
        List<String> rows = Sql.column(database, "SELECT 'game ' || concat_ws(' ', " + pairs(GAME)
                + ") FROM game_stats WHERE game_id = '" + game + "'");
        assertThat(rows).as("game_stats rows of " + game).hasSize(1);
        return rows.get(0);
    }

    private static List<String> rows(TestDatabase database, String view, UUID game, List<String> columns) {
        return Sql.column(database, "SELECT lineup_id || ' team ' || team_id || ' '"
                + " || coalesce('player ' || player_id, 'card ' || card_id) || ' ' || concat_ws(' ', " + pairs(columns)
                + ") FROM " + view + " WHERE game_id = '" + game + "' ORDER BY lineup_id");
    }

    private static String pairs(List<String> columns) {
        return columns.stream().map(column -> "'" + column + "=' || " + column).collect(Collectors.joining(", "));
    }

    /** The expected line: the named counts, and 0 for every other column, in the view's column order. */
    private static String line(String who, List<String> columns, String counts) {
        Map<String, String> named = new HashMap<>();
        Arrays.stream(counts.trim().split("\\s+")).filter(word -> !word.isEmpty()).forEach(word -> {
            String[] parts = word.split("=");
            assertThat(columns).as("a column of the expected line").contains(parts[0]);
            named.put(parts[0], parts[1]);
        });
        return who + " " + columns.stream().map(column -> column + "=" + named.getOrDefault(column, "0"))
                .collect(Collectors.joining(" "));
    }
}
