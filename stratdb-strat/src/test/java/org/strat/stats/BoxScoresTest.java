package org.strat.stats;

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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Box scores of the hand-scored games: order, substitutes, line score and totals as a scorer has them. */
@ExtendWith(FreshDatabaseExtension.class)
class BoxScoresTest {

    private static BoxScores scoredAndRefreshed(TestDatabase database) throws SQLException {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        HandScoredGames.writeAll(database);
        new StatViewRefresher(ConnectionSource.of(database.settings())).refresh(RefreshMode.PLAIN);
        return new BoxScores(ConnectionSource.of(database.settings()));
    }

    @Test
    void substitutesStandUnderTheManTheyReplacedAndPitchersInTheOrderTheyPitched(TestDatabase database) throws SQLException {
        BoxScore box = scoredAndRefreshed(database).of(HandScoredGames.GAME_TWO);

        assertThat(box.home().batting()).extracting(line -> line.lineupId() + "/" + line.substituteDepth())
                .containsExactly("301/0", "302/0", "303/0", "304/0", "305/0", "306/0", "307/0", "308/0",
                        "309/0", "312/1", "313/2");
        BattingLine starterWhoNeverBatted = box.home().batting().get(8);
        assertThat(starterWhoNeverBatted.counts()).isEqualTo(BattingCounts.zero());
        assertThat(starterWhoNeverBatted.position()).isEqualTo("DH");
        assertThat(box.home().pitching()).extracting(PitchingLine::lineupId).containsExactly(310, 311);
        assertThat(box.away().pitching()).extracting(line -> line.counts().inningsPitched()).containsExactly("2.0");
    }

    @Test
    void theLineScoreShowsRunsByInningAndAnEmptyHalfWhereTheHomeTeamDidNotBat(TestDatabase database) throws SQLException {
        BoxScore box = scoredAndRefreshed(database).of(HandScoredGames.GAME_TWO);

        // Hand count: away 1 (unearned, top 1), 1 (home run, top 2), 1 (top 3); home 1 (sacrifice fly), 3, not needed.
        assertThat(box.awayLine()).isEqualTo(new TeamLine(2, Arrays.asList(1, 1, 1), 3, 5, 0));
        assertThat(box.homeLine()).isEqualTo(new TeamLine(1, Arrays.asList(1, 3, null), 4, 5, 1));
        // Totals of the home batting lines: AB 2+2+0+1+1+1+1+1+0+1+0, R 301 305 308 313, RBI 2+1+1.
        BattingCounts home = box.home().battingTotals();
        assertThat(new int[] {home.ab(), home.runs(), home.hits(), home.rbi(), home.walks(), home.so()})
                .containsExactly(10, 4, 5, 4, 0, 1);
    }

    @Test
    void aWalkOffBottomHalfIsInTheLineScore(TestDatabase database) throws SQLException {
        BoxScore box = scoredAndRefreshed(database).of(HandScoredGames.GAME_THREE);

        assertThat(box.league()).isEqualTo("pd");
        assertThat(box.awayLine()).isEqualTo(new TeamLine(7, Arrays.asList(1, 0, 0), 1, 2, 0));
        assertThat(box.homeLine()).isEqualTo(new TeamLine(8, Arrays.asList(1, 0, 1), 2, 3, 0));
        assertThat(box.home().batting()).extracting(line -> line.subject().describe())
                .startsWith("card 8001", "card 8002");
    }

    @Test
    void theLineScoreStopsAtTheLastRefreshSoItAgreesWithTheTotals(TestDatabase database) throws SQLException {
        BoxScores boxScores = scoredAndRefreshed(database);
        Sql.execute(database, "INSERT INTO plays (game_id, play_number, inning, half, outs_before, outs_after, outcome,"
                + " batter_id, pitcher_id, pa, ab, hit, homerun, run, rbi, batter_final)"
                + " VALUES ('" + HandScoredGames.GAME_ONE + "', 27, 4, 'top', 0, 0, 'HOMERUN', 101, 210, 1, 1, 1, 1, 1, 1, 4)");

        assertThat(boxScores.of(HandScoredGames.GAME_ONE).awayLine()).isEqualTo(new TeamLine(1, Arrays.asList(1, 1, 0), 2, 3, 0));
        new StatViewRefresher(ConnectionSource.of(database.settings())).refresh(RefreshMode.CONCURRENTLY);
        assertThat(boxScores.of(HandScoredGames.GAME_ONE).awayLine()).isEqualTo(new TeamLine(1, Arrays.asList(1, 1, 0, 1), 3, 4, 0));
    }

    @Test
    void anUnknownGameAndAGameAfterTheLastRefreshAreToldApart(TestDatabase database) throws SQLException {
        BoxScores boxScores = scoredAndRefreshed(database);
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-0000000000aa");
        UUID tooNew = UUID.fromString("00000000-0000-4000-8000-0000000000bb");
        Sql.execute(database, "INSERT INTO games (id, league_id, home_team_id, away_team_id) VALUES ('" + tooNew + "', 'sba', 1, 2)");

        assertThatThrownBy(() -> boxScores.of(unknown)).isInstanceOf(GameNotFoundException.class)
                .hasMessage("No game " + unknown + " in this database. Check the id (a games.id UUID) and --url.");
        assertThatThrownBy(() -> boxScores.of(tooNew)).isInstanceOf(GameNotFoundException.class)
                .hasMessageContaining("not in the stat views yet").hasMessageContaining("stratdb stats refresh");
    }

    @Test
    void aDatabaseBelowTheStatViewsRevisionIsToldWhatToRun(TestDatabase database) {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("001");

        assertThatThrownBy(() -> new BoxScores(ConnectionSource.of(database.settings())).of(HandScoredGames.GAME_ONE))
                .isInstanceOf(StatViewsMissingException.class)
                .hasMessage("The stat view(s) batting_game_stats, pitching_game_stats, game_stats do not exist: this"
                        + " database is below revision 004_stat_views. Run \"stratdb upgrade head\".");
    }
}
