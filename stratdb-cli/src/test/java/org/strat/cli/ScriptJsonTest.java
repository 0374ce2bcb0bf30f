package org.strat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.stats.HandScoredGames;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.StratDbProcess;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What any script reads besides a deploy (DeployJsonTest has those): every command with --json names itself in a
 * "command" member, keeps the fields it had, and prints exactly one JSON document on standard output, on success
 * and on failure (the "error" member with the category and exit code). stats refresh and accept-edit, which
 * change the database, run as whole processes, as a script runs them.
 */
@ExtendWith(FreshDatabaseExtension.class)
class ScriptJsonTest {

    @TempDir
    Path workingDirectory;

    private record Outcome(int exitCode, String out, String err, JsonNode json) {
    }

    /** A whole stratdb process; standard output must be one JSON document on one line, whatever the exit code. */
    private Outcome process(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", url));
        StratDbProcess process = StratDbProcess.start(workingDirectory, all.toArray(String[]::new));
        int exitCode = process.waitFor(120);
        return new Outcome(exitCode, process.out(), process.err(), oneDocument(process.out()));
    }

    /** The command line in this JVM (fast), for the commands that only read. */
    private Outcome inProcess(String... args) {
        CliRun run = CliRun.of(Map.of(), workingDirectory, args);
        return new Outcome(run.exitCode(), run.out(), run.err(), oneDocument(run.out()));
    }

    /** A command that readies the database for the one under test (text output). */
    private void prepare(String... args) {
        CliRun run = CliRun.of(Map.of(), workingDirectory, args);
        assertThat(run.exitCode()).as(run.everything()).isZero();
    }

    private static JsonNode oneDocument(String out) {
        assertThat(out.lines().count()).as(out).isEqualTo(1);
        return JsonAssert.parse(out);
    }

    private static String revisions(String scenario) {
        return "--revisions-dir=" + TestRevisions.directory(scenario);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(element -> names.add(element.get(field).asText()));
        return names;
    }

    private static void assertError(Outcome outcome, String category, int exitCode, String message) {
        assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(exitCode);
        JsonNode error = outcome.json().get("error");
        assertThat(error).as(outcome.out()).isNotNull();
        assertThat(error.get("category").asText()).isEqualTo(category);
        assertThat(error.get("exit_code").asInt()).isEqualTo(exitCode);
        assertThat(error.get("message").asText()).contains(message);
        // The same one line a person reads on standard error.
        assertThat(outcome.err()).contains("Error: " + error.get("message").asText());
    }

    @Test
    void statsRefreshSaysHowEachViewWasRefreshedAndHowLongItTook(TestDatabase database) throws Exception {
        prepare("upgrade", "head", "--url", database.url());
        HandScoredGames.writeAll(database);

        Outcome plain = process(database.url(), "stats", "refresh", "--json");
        Outcome concurrently = process(database.url(), "stats", "refresh", "--concurrently", "--json");

        assertThat(plain.exitCode()).as(plain.err()).isZero();
        JsonNode json = plain.json();
        assertThat(json.get("command").asText()).isEqualTo("stats refresh");
        assertThat(json.get("mode").asText()).isEqualTo("plain");
        assertThat(names(json.get("views"), "view")).containsExactly("batting_game_stats", "pitching_game_stats", "game_stats");
        long sum = 0;
        for (JsonNode view : json.get("views")) {
            assertThat(view.get("mode").asText()).isEqualTo("plain");
            assertThat(view.get("fell_back_to_plain").asBoolean()).isFalse();
            assertThat(view.get("duration_ms").isIntegralNumber()).isTrue();
            sum += view.get("duration_ms").asLong();
        }
        assertThat(json.get("duration_ms").asLong()).isEqualTo(sum);
        assertThat(json.has("error")).isFalse();
        // The lines a person reads are still there, on standard error.
        assertThat(plain.err()).contains("Refreshing batting_game_stats (1 of 3, plain)...")
                .containsPattern("Refreshed game_stats +plain +\\d+ ms");
        assertThat(concurrently.exitCode()).as(concurrently.err()).isZero();
        assertThat(concurrently.json().get("mode").asText()).isEqualTo("concurrently");
        assertThat(names(concurrently.json().get("views"), "mode")).containsOnly("concurrently");
    }

    @Test
    void statsRefreshOfADatabaseWithoutTheStatViewsIsARefusalInJson(TestDatabase database) {
        Outcome refresh = process(database.url(), "stats", "refresh", "--json");

        assertError(refresh, "refused", ExitCodes.REFUSED, "do not exist");
        assertThat(refresh.json().get("command").asText()).isEqualTo("stats refresh");
        assertThat(refresh.json().get("views").isArray()).isTrue();
        assertThat(refresh.json().get("views").isEmpty()).isTrue();
        assertThat(refresh.json().has("duration_ms")).isFalse();
    }

    @Test
    void acceptEditSaysWhatItAcceptedFromWhichChecksumToWhich(TestDatabase database) throws Exception {
        Path revisions = TestRevisions.copy("linear", workingDirectory.resolve("revisions"));
        prepare("upgrade", "head", "--url", database.url(), "--revisions-dir", revisions.toString());
        Path teams = revisions.resolve("001_teams.sql");
        Files.writeString(teams, Files.readString(teams).replace("-- upgrade\n", "-- upgrade\n-- Every team of the league.\n"));

        Outcome accepted = process(database.url(), "accept-edit", "001", "-r", "comment only", "--json",
                "--revisions-dir", revisions.toString());
        Outcome again = process(database.url(), "accept-edit", "001", "-r", "comment only", "--json",
                "--revisions-dir", revisions.toString());

        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        JsonNode json = accepted.json();
        assertThat(json.get("command").asText()).isEqualTo("accept-edit");
        assertThat(json.get("target").asText()).isEqualTo("001");
        assertThat(json.get("reason").asText()).isEqualTo("comment only");
        assertThat(json.get("revision").asText()).isEqualTo("001");
        assertThat(json.get("file").asText()).isEqualTo("001_teams.sql");
        assertThat(json.get("changed").asBoolean()).isTrue();
        assertThat(json.get("checksum").asText()).isNotBlank().isNotEqualTo(json.get("previous_checksum").asText());
        assertThat(json.has("error")).isFalse();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.json().get("changed").asBoolean()).isFalse();
        assertThat(again.json().get("previous_checksum")).isEqualTo(json.get("checksum"));
    }

    @Test
    void acceptEditOfARevisionNotAppliedIsARefusalInJsonAndRecordsNothing(TestDatabase database) throws Exception {
        prepare("upgrade", "+1", "--url", database.url(), revisions("linear"));
        long logged = Sql.count(database, "SELECT count(*) FROM stratdb_log");

        Outcome refused = process(database.url(), "accept-edit", "003", "-r", "comment only", "--json",
                revisions("linear"));

        assertError(refused, "refused", ExitCodes.REFUSED, "is not applied");
        assertThat(refused.json().get("command").asText()).isEqualTo("accept-edit");
        assertThat(refused.json().get("target").asText()).isEqualTo("003");
        assertThat(refused.json().has("changed")).isFalse();
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log")).isEqualTo(logged);
    }

    @Test
    void everyReadingCommandNamesItselfAndKeepsItsFields(TestDatabase database) throws Exception {
        String url = database.url();
        prepare("upgrade", "head", "--url", url);
        HandScoredGames.writeAll(database);
        prepare("stats", "refresh", "--url", url);

        JsonNode current = inProcess("current", "--json", "--url", url).json();
        assertThat(current.get("command").asText()).isEqualTo("current");
        assertThat(current.get("at_head").asBoolean()).isTrue();
        assertThat(current.get("current")).isEqualTo(current.get("heads"));

        JsonNode history = inProcess("history", "--json", "--url", url).json();
        assertThat(history.get("command").asText()).isEqualTo("history");
        assertThat(names(history.get("revisions"), "revision")).contains("001", "004_stat_views");
        assertThat(history.get("revisions").get(0).get("applied").asBoolean()).isTrue();

        JsonNode log = inProcess("history", "--log", "--json", "--url", url).json();
        assertThat(log.get("command").asText()).isEqualTo("history");
        assertThat(names(log.get("log"), "direction")).containsOnly("upgrade");

        JsonNode heads = inProcess("heads", "--json").json();
        assertThat(heads.get("command").asText()).isEqualTo("heads");
        assertThat(names(heads.get("heads"), "revision")).isEqualTo(texts(current.get("heads")));

        JsonNode plan = inProcess("plan", "--json", "--url", url).json();
        assertThat(plan.get("command").asText()).isEqualTo("plan");
        assertThat(plan.get("target").asText()).isEqualTo("head");
        assertThat(plan.get("statements").isEmpty()).isTrue();

        Outcome lint = inProcess("lint", "--json");
        assertThat(lint.exitCode()).as(lint.out()).isZero();
        assertThat(lint.json().get("command").asText()).isEqualTo("lint");
        assertThat(lint.json().get("unacknowledged").asInt()).isZero();

        JsonNode game = inProcess("stats", "game", HandScoredGames.GAME_THREE.toString(), "--json", "--url", url).json();
        assertThat(game.get("command").asText()).isEqualTo("stats game");
        assertThat(game.get("league").asText()).isEqualTo("pd");
        JsonNode batting = inProcess("stats", "batting", "--card", "8002", "--json", "--url", url).json();
        assertThat(batting.get("command").asText()).isEqualTo("stats batting");
        assertThat(batting.get("hit").asInt()).isEqualTo(2);
        JsonNode pitching = inProcess("stats", "pitching", "--player", "2020", "--json", "--url", url).json();
        assertThat(pitching.get("command").asText()).isEqualTo("stats pitching");
        assertThat(pitching.get("outs").asInt()).isEqualTo(15);
    }

    @Test
    void aReadingCommandThatFailsPrintsTheSameObjectWithTheError(TestDatabase database) {
        Outcome game = inProcess("stats", "game", "00000000-0000-4000-8000-000000000001", "--json", "--url", database.url());
        Outcome heads = inProcess("heads", "--json", revisions("cycle"));

        assertThat(game.json().get("command").asText()).isEqualTo("stats game");
        assertError(game, "refused", ExitCodes.REFUSED, "stratdb upgrade head");
        // heads' object on failure is the object it prints on success, with the error in place of the heads.
        assertThat(heads.json().get("command").asText()).isEqualTo("heads");
        assertError(heads, "refused", ExitCodes.REFUSED, "form a cycle");
    }
}
