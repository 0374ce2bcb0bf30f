package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.stats.HandScoredGames;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.TestDatabase;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The stats commands through the real command line, on the hand-scored games. */
@ExtendWith(FreshDatabaseExtension.class)
class StatsCommandTest {

    @TempDir
    Path workingDirectory;

    private CliRun run(TestDatabase database, String... args) {
        String[] withUrl = new String[args.length + 2];
        withUrl[0] = "--url";
        withUrl[1] = database.url();
        System.arraycopy(args, 0, withUrl, 2, args.length);
        return CliRun.of(Map.of(), workingDirectory, withUrl);
    }

    private CliRun scoredAndRefreshed(TestDatabase database) throws Exception {
        assertThat(run(database, "upgrade", "head").exitCode()).isZero();
        HandScoredGames.writeAll(database);
        return run(database, "stats", "refresh");
    }

    @Test
    void refreshSaysHowEachViewWasRefreshed(TestDatabase database) throws Exception {
        CliRun plain = scoredAndRefreshed(database);
        CliRun concurrently = run(database, "stats", "refresh", "--concurrently");

        assertThat(plain.exitCode()).as(plain.everything()).isZero();
        assertThat(plain.out()).containsPattern("Refreshed batting_game_stats +plain +\\d+ ms")
                .contains("Stat views refreshed in ");
        assertThat(concurrently.out()).containsPattern("Refreshed game_stats +concurrently +\\d+ ms");
        // Progress goes to standard error as plain lines: one as each view starts, none redrawn in place.
        assertThat(concurrently.err()).contains("Refreshing game_stats (").contains(", concurrently)...").doesNotContain("\r");
    }

    @Test
    void gamePrintsABoxScoreAFanRecognises(TestDatabase database) throws Exception {
        scoredAndRefreshed(database);

        CliRun run = run(database, "stats", "game", HandScoredGames.GAME_TWO.toString());

        assertThat(run.exitCode()).as(run.everything()).isZero();
        assertThat(run.out().lines()).contains(
                "Game 00000000-0000-4000-8000-000000000002 (sba, completed)",
                "               1  2  3     R   H   E",
                "Away team 2    1  1  1     3   5   0",
                "Home team 1    1  3  x     4   5   1",
                "Home team 1 batting             AB   R   H RBI  BB  SO",
                "1  player 1001              CF    2   1   2   2   0   0",
                "9  player 1009              DH    0   0   0   0   0   0",
                "     player 1010            PH    1   0   1   0   0   0",
                "       player 1011          PR    0   1   0   0   0   0",
                "   Totals                        10   4   5   4   0   1",
                "Home team 1 pitching               IP   H   R  ER  BB  SO  HR",
                "player 1021                       1.0   3   2   1   1   1   1",
                "player 1030                       2.0   2   1   1   1   2   0");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void gameAsJsonHasEveryCountAndTheInningsAsOuts(TestDatabase database) throws Exception {
        scoredAndRefreshed(database);

        CliRun run = run(database, "stats", "game", HandScoredGames.GAME_THREE.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{\"command\":\"stats game\",\"game_id\":\"00000000-0000-4000-8000-000000000003\",\"league\":\"pd\"")
                .contains("\"line_score\":{\"away\":{\"team_id\":7,\"innings\":[1,0,0],\"runs\":1,\"hits\":2,\"errors\":0}")
                .contains("{\"lineup_id\":510,\"player_id\":null,\"card_id\":7020,\"batters_faced\":11,\"outs\":6,\"ip\":\"2.0\"");
    }

    @Test
    void seasonLinesPrintCountsAndRates(TestDatabase database) throws Exception {
        scoredAndRefreshed(database);

        CliRun batting = run(database, "stats", "batting", "--player", "2001");
        CliRun pitching = run(database, "stats", "pitching", "--player", "2020");

        assertThat(batting.out().lines()).containsExactly(
                "player 2001 batting, 2 game(s)",
                "   G   PA   AB    R    H   2B   3B   HR  RBI   BB   SO   AVG   OBP   SLG",
                "   2    4    2    0    0    0    0    0    0    1    0  .000  .500  .000");
        assertThat(pitching.out().lines()).containsExactly(
                "player 2020 pitching, 2 game(s)",
                "   G     IP    H    R   ER   BB   SO    ERA  WHIP",
                "   2    5.0    8    6    6    1    4  10.80  1.80");
        assertThat(run(database, "stats", "batting", "--card", "8002", "--json").out().strip()).isEqualTo(
                "{\"command\":\"stats batting\",\"player_id\":null,\"card_id\":8002,\"games\":1,\"pa\":2,\"ab\":2,\"run\":0,\"hit\":2,\"double\":0,"
                        + "\"triple\":0,\"homerun\":0,\"rbi\":2,\"bb\":0,\"so\":0,\"hbp\":0,\"sac\":0,\"ibb\":0,\"gidp\":0,"
                        + "\"sb\":0,\"cs\":0,\"avg\":1.0,\"obp\":1.0,\"slg\":1.0}");
        assertThat(run(database, "stats", "pitching", "--player", "999").out()).startsWith("player 999 has no pitching line");
    }

    @Test
    void badArgumentsAreUsageErrors(TestDatabase database) throws Exception {
        scoredAndRefreshed(database);

        assertOneLine(run(database, "stats", "batting", "--player", "1", "--card", "2"), ExitCodes.USAGE,
                "Error: Give --player or --card, not both.");
        assertOneLine(run(database, "stats", "pitching"), ExitCodes.USAGE, "Error: Say whose season: --player N");
        assertOneLine(run(database, "stats", "game", "not-a-uuid"), ExitCodes.USAGE, "not-a-uuid");
    }

    @Test
    void anUnknownGameAndADatabaseWithoutTheViewsAreRefusedInOneLine(TestDatabase database) throws Exception {
        assertThat(run(database, "upgrade", "001").exitCode()).isZero();
        assertOneLine(run(database, "stats", "game", HandScoredGames.GAME_ONE.toString()), ExitCodes.REFUSED,
                "below revision 004_stat_views. Run \"stratdb upgrade head\".");
        assertOneLine(run(database, "stats", "refresh"), ExitCodes.REFUSED, "Run \"stratdb upgrade head\".");

        scoredAndRefreshed(database);
        assertOneLine(run(database, "stats", "game", "00000000-0000-4000-8000-0000000000aa"), ExitCodes.REFUSED,
                "No game 00000000-0000-4000-8000-0000000000aa in this database.");
    }

    private static void assertOneLine(CliRun run, int exitCode, String expected) {
        assertThat(run.exitCode()).as(run.everything()).isEqualTo(exitCode);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("Error: ").contains(expected).doesNotContain("Exception").doesNotContain("Error: Error");
    }
}
