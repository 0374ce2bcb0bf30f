package org.strat.stats.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.model.League;
import org.strat.stats.ConnectionSource;
import org.strat.stats.RefreshMode;
import org.strat.stats.StatViewRefresher;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sample games are consistent with themselves: every check is a query over what was loaded, independent of the
 * simulator's own bookkeeping.
 */
@ExtendWith(FreshDatabaseExtension.class)
class SampleDataTest {

    private static final int GAMES = 200;

    private static SampleDataResult load(TestDatabase database, int games, long seed, League league) {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        return new SampleData(ConnectionSource.of(database.settings()))
                .load(new SampleDataRequest(games, seed, league), SampleDataProgress.NONE);
    }

    @Test
    void twoHundredGamesAreConsistentWithThemselves(TestDatabase database) throws SQLException {
        SampleDataResult result = load(database, GAMES, 20261126, League.SBA);
        new StatViewRefresher(ConnectionSource.of(database.settings())).refresh(RefreshMode.PLAIN);

        assertThat(result.games()).isEqualTo(GAMES);
        assertThat(Sql.count(database, "SELECT count(*) FROM plays")).isEqualTo(result.plays());
        assertThat(result.plays() / GAMES).as("plays per game").isBetween(70L, 90L);
        assertThat(Sql.column(database, """
                SELECT g.id FROM games g
                WHERE g.away_score <> (SELECT coalesce(sum(run), 0) FROM plays p WHERE p.game_id = g.id AND p.half = 'top')
                   OR g.home_score <> (SELECT coalesce(sum(run), 0) FROM plays p WHERE p.game_id = g.id AND p.half = 'bottom')
                """)).as("games whose final score is not the runs in their plays").isEmpty();
        assertThat(Sql.column(database, """
                WITH batting AS (SELECT game_id, team_id, sum(run) AS runs FROM batting_game_stats GROUP BY 1, 2),
                     pitching AS (SELECT game_id, team_id, sum(runs) AS runs FROM pitching_game_stats GROUP BY 1, 2)
                SELECT g.id FROM games g
                LEFT JOIN batting away_bat ON away_bat.game_id = g.id AND away_bat.team_id = g.away_team_id
                LEFT JOIN pitching home_pitch ON home_pitch.game_id = g.id AND home_pitch.team_id = g.home_team_id
                LEFT JOIN batting home_bat ON home_bat.game_id = g.id AND home_bat.team_id = g.home_team_id
                LEFT JOIN pitching away_pitch ON away_pitch.game_id = g.id AND away_pitch.team_id = g.away_team_id
                WHERE away_bat.runs IS DISTINCT FROM home_pitch.runs OR home_bat.runs IS DISTINCT FROM away_pitch.runs
                   OR away_bat.runs <> g.away_score OR home_bat.runs <> g.home_score
                """)).as("games where a team's batting runs are not the runs its opponent's pitchers allowed").isEmpty();
        assertThat(Sql.column(database, """
                SELECT p.game_id || ' ' || p.inning || ' ' || p.half || ': ' || sum(p.outs_recorded) || ' outs'
                FROM plays p JOIN games g ON g.id = p.game_id
                GROUP BY p.game_id, p.inning, p.half, g.current_inning, g.current_half, g.home_score, g.away_score
                HAVING sum(p.outs_recorded) <> 3
                   AND NOT (p.half = 'bottom' AND p.inning = g.current_inning AND g.current_half = 'bottom'
                            AND g.home_score > g.away_score AND sum(p.outs_recorded) < 3)
                """)).as("half-innings without three outs that are not a walk-off").isEmpty();
        assertThat(Sql.column(database, """
                SELECT game_id || ' ' || lineup_id FROM batting_game_stats WHERE ab <> pa - bb - hbp - sac - ibb
                UNION ALL
                SELECT game_id || ' #' || play_number FROM plays WHERE ab <> pa - bb - hbp - sac - ibb OR rbi > run
                   OR hit < double + triple + homerun OR e_run > run OR outs_after - outs_before <> outs_recorded
                """)).as("lines and plays that break ab = pa - bb - hbp - sac - ibb, or count more than they can").isEmpty();
        assertThat(Sql.count(database, """
                SELECT count(*) FROM plays p
                WHERE p.run <> (CASE WHEN p.batter_final = 4 THEN 1 ELSE 0 END) + (CASE WHEN p.on_first_final = 4 THEN 1 ELSE 0 END)
                            + (CASE WHEN p.on_second_final = 4 THEN 1 ELSE 0 END) + (CASE WHEN p.on_third_final = 4 THEN 1 ELSE 0 END)
                """)).as("plays whose runs are not the men who crossed the plate").isZero();
        assertThat(Sql.count(database, """
                SELECT count(*) FROM plays p LEFT JOIN rolls r ON r.roll_id = p.roll_id
                WHERE r.roll_id IS NULL OR r.game_id <> p.game_id
                """)).as("plays without their roll").isZero();
        assertThat(Sql.count(database, """
                SELECT count(*) FROM lineups l
                WHERE NOT EXISTS (SELECT 1 FROM roster_links r WHERE r.game_id = l.game_id AND r.team_id = l.team_id
                                  AND r.player_id = l.player_id)
                """)).as("lineup entries not on their team's roster for the game").isZero();
        assertBaseOutStatesFollowFromThePreviousPlay(database);
    }

    @Test
    void theGamesHaveTheEventsABoxScoreNeeds(TestDatabase database) {
        load(database, GAMES, 7, League.SBA);

        Map<String, Long> counts = new HashMap<>();
        for (String column : List.of("sb", "cs", "error", "sac", "hbp", "ibb", "gidp", "wild_pitch", "balk", "triple")) {
            counts.put(column, Sql.count(database, "SELECT sum(" + column + ") FROM plays"));
        }
        assertThat(counts).allSatisfy((column, count) -> assertThat(count).as(column).isPositive());
        assertThat(Sql.count(database, "SELECT sum(run) - sum(e_run) FROM plays")).as("unearned runs").isPositive();
        assertThat(Sql.count(database, "SELECT count(*) FROM lineups WHERE position = 'PH'")).as("pinch hitters").isPositive();
        assertThat(Sql.count(database, "SELECT count(*) FROM lineups WHERE position = 'PR'")).as("pinch runners").isPositive();
        assertThat(Sql.count(database, "SELECT count(*) FROM lineups WHERE position = 'P' AND NOT is_starter"))
                .as("relief pitchers").isGreaterThan(GAMES);
        assertThat(Sql.count(database, """
                SELECT count(*) FROM games WHERE current_half = 'bottom' AND home_score > away_score
                """)).as("walk-offs").isPositive();
        assertThat(Sql.count(database, "SELECT count(*) FROM games WHERE current_inning > 9")).as("extra innings").isPositive();
        assertThat(Sql.count(database, """
                SELECT count(*) FROM lineups old JOIN lineups sub ON sub.replacing_id = old.id
                WHERE old.is_active OR old.exited_game_at IS DISTINCT FROM sub.entered_game_at
                   OR old.batting_order IS DISTINCT FROM sub.batting_order
                """)).as("substitutions whose replaced entry is still active or left at another play").isZero();
    }

    /**
     * Modern major-league norms, with room for the chance in 200 games: this catches generators whose numbers
     * are not what they seem (game streams that overlap once skewed singles to 19 % of plate appearances).
     */
    @Test
    void theGamesLookLikeBaseball(TestDatabase database) {
        load(database, GAMES, 11, League.SBA);

        assertThat(rate(database, "sum(hit)::numeric / sum(ab)")).as("batting average").isBetween(0.225, 0.280);
        assertThat(rate(database, "sum(so)::numeric / sum(pa)")).as("strikeouts per plate appearance").isBetween(0.19, 0.26);
        assertThat(rate(database, "sum(homerun)::numeric / sum(pa)")).as("home runs per plate appearance").isBetween(0.02, 0.045);
        assertThat(rate(database, "sum(run)::numeric / count(DISTINCT game_id) / 2")).as("runs per team and game").isBetween(3.5, 5.5);
        assertThat(rate(database, "sum(run - e_run)::numeric / sum(run)")).as("share of unearned runs").isBetween(0.03, 0.15);
    }

    @Test
    void theSameSeedGivesTheSameGames(TestDatabase database) {
        load(database, 30, 99, League.PD);
        String first = digest(database);
        Sql.execute(database, "DELETE FROM games");

        load(database, 30, 99, League.PD);

        assertThat(digest(database)).isEqualTo(first);
        assertThat(Sql.count(database, "SELECT count(*) FROM lineups WHERE card_id IS NULL OR player_id IS NOT NULL"))
                .as("pd lineup entries without a card").isZero();
        assertThat(Sql.count(database, "SELECT count(*) FROM game_cardset_links")).isEqualTo(60);
    }

    @Test
    void loadingASeedTwiceIsRefusedAndWritesNothing(TestDatabase database) {
        load(database, 5, 3, League.SBA);

        assertThatThrownBy(() -> load(database, 5, 3, League.SBA))
                .isInstanceOf(SampleDataConflictException.class)
                .hasMessageContaining("seed 3 are already in this database").hasMessageContaining("--seed");
        assertThat(Sql.count(database, "SELECT count(*) FROM games")).isEqualTo(5);
    }

    @Test
    void aDatabaseWithoutTheSchemaIsRefused(TestDatabase database) {
        assertThatThrownBy(() -> new SampleData(ConnectionSource.of(database.settings()))
                .load(new SampleDataRequest(1, 1, League.SBA), SampleDataProgress.NONE))
                .isInstanceOf(SampleDataException.class)
                .hasMessageContaining("no games, lineups, rolls, plays, roster_links, game_cardset_links table")
                .hasMessageContaining("stratdb upgrade head");
    }

    private static double rate(TestDatabase database, String expression) {
        return Double.parseDouble(Sql.column(database, "SELECT " + expression + " FROM plays").get(0));
    }

    /** Everything that must repeat for a seed (no serial ids: they depend on what the database held before). */
    private static String digest(TestDatabase database) {
        return Sql.column(database, """
                SELECT md5(string_agg(concat_ws(',', p.game_id, p.play_number, p.inning, p.half, p.outcome, p.run,
                                                p.rbi, p.away_score, p.home_score, p.on_base_code, p.batter_final,
                                                b.card_id, pitcher.card_id, r.roll_data::text),
                                      ';' ORDER BY p.game_id, p.play_number))
                FROM plays p
                JOIN lineups b ON b.id = p.batter_id
                JOIN lineups pitcher ON pitcher.id = p.pitcher_id
                JOIN rolls r ON r.roll_id = p.roll_id
                """).get(0);
    }

    /**
     * Walks every half-inning play by play: the runners a play starts with are the ones the previous play left
     * on base (a pinch runner may stand in for the man he replaced), the outs and the score carry over, and the
     * base code matches the runners.
     */
    private static void assertBaseOutStatesFollowFromThePreviousPlay(TestDatabase database) throws SQLException {
        List<String> broken = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            Map<Integer, Integer> replaced = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT id, replacing_id FROM lineups WHERE replacing_id IS NOT NULL")) {
                while (rows.next()) {
                    replaced.put(rows.getInt(1), rows.getInt(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("""
                    SELECT game_id, play_number, inning, half, outs_before, outs_after, away_score, home_score, run,
                           on_base_code, batter_id, on_first_id, on_second_id, on_third_id,
                           batter_final, on_first_final, on_second_final, on_third_final
                    FROM plays ORDER BY game_id, play_number
                    """)) {
                HalfState previous = null;
                while (rows.next()) {
                    HalfState current = HalfState.of(rows);
                    broken.addAll(current.breaksFrom(previous, replaced));
                    previous = current;
                }
            }
        }
        assertThat(broken).as("plays whose situation does not follow from the play before").isEmpty();
    }

    private record HalfState(String game, int number, int inning, String half, int outsBefore, int outsAfter,
                             int away, int home, int runs, int baseCode, Integer[] before, Integer[] after) {

        static HalfState of(ResultSet row) throws SQLException {
            Integer[] before = new Integer[4];
            Integer[] after = new Integer[4];
            for (int slot = 0; slot <= 3; slot++) {
                Integer man = (Integer) row.getObject(11 + slot);
                Integer to = (Integer) row.getObject(15 + slot);
                if (slot > 0) {
                    before[slot] = man;
                }
                if (man != null && to != null && to >= 1 && to <= 3) {
                    after[to] = man;
                }
            }
            return new HalfState(row.getString(1), row.getInt(2), row.getInt(3), row.getString(4), row.getInt(5),
                    row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9), row.getInt(10), before, after);
        }

        List<String> breaksFrom(HalfState previous, Map<Integer, Integer> replaced) {
            List<String> broken = new ArrayList<>();
            String where = game + " #" + number + ": ";
            int code = (before[1] != null ? 1 : 0) | (before[2] != null ? 2 : 0) | (before[3] != null ? 4 : 0);
            if (code != baseCode) {
                broken.add(where + "on_base_code " + baseCode + " but runners make " + code);
            }
            boolean sameGame = previous != null && previous.game.equals(game);
            boolean sameHalf = sameGame && previous.inning == inning && previous.half.equals(half);
            if (!sameGame && (away != 0 || home != 0 || number != 1)) {
                broken.add(where + "a game must start at play 1, 0-0");
            }
            if (sameGame) {
                int expectedAway = previous.away + (previous.half.equals("top") ? previous.runs : 0);
                int expectedHome = previous.home + (previous.half.equals("bottom") ? previous.runs : 0);
                if (away != expectedAway || home != expectedHome || number != previous.number + 1) {
                    broken.add(where + "score or play number does not carry over");
                }
            }
            if (!sameHalf) {
                if (outsBefore != 0 || code != 0) {
                    broken.add(where + "a half must start with nobody out and nobody on");
                }
                return broken;
            }
            if (outsBefore != previous.outsAfter) {
                broken.add(where + "outs_before " + outsBefore + " after a play that left " + previous.outsAfter);
            }
            for (int base = 1; base <= 3; base++) {
                Integer left = previous.after[base];
                Integer found = before[base];
                boolean pinchRunner = found != null && left != null && Objects.equals(replaced.get(found), left);
                if (!Objects.equals(left, found) && !pinchRunner) {
                    broken.add(where + "base " + base + " holds " + found + " but the play before left " + left);
                }
            }
            return broken;
        }
    }
}
