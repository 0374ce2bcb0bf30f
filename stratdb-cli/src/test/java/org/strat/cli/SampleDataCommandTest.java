package org.strat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stratdb sample-data} through the real command line. */
@ExtendWith(FreshDatabaseExtension.class)
class SampleDataCommandTest {

    @TempDir
    Path workingDirectory;

    private CliRun run(TestDatabase database, String... args) {
        String[] withUrl = new String[args.length + 2];
        withUrl[0] = "--url";
        withUrl[1] = database.url();
        System.arraycopy(args, 0, withUrl, 2, args.length);
        return CliRun.of(Map.of(), workingDirectory, withUrl);
    }

    @Test
    void loadsTheGamesWithProgressLinesOnStandardErrorAndASummaryOnStandardOutput(TestDatabase database) {
        run(database, "upgrade", "head");

        CliRun run = run(database, "sample-data", "--games", "12", "--seed", "5", "--league", "pd");

        assertThat(run.exitCode()).as(run.everything()).isZero();
        assertThat(run.out()).containsPattern("Loaded 12 pd games \\(seed 5\\): [\\d,]+ plays and rolls, [\\d,]+ lineup"
                        + " entries, 624 roster links in [\\d.]+ s: [\\d,]+ plays/s.")
                .contains("Loaded in one transaction (the tables were locked meanwhile); rebuilding indexes and foreign"
                        + " keys took")
                .contains("Run \"stratdb stats refresh\"");
        // Standard error is not a terminal here: plain lines, a start and an end for each long step.
        assertThat(run.err()).doesNotContain("\r")
                .contains("Loading 12 games in one transaction")
                .containsPattern("Wrote 12 games \\([\\d,]+ plays\\) in [\\d.]+ s\\.")
                .contains("Rebuilding the indexes and foreign keys dropped for the load")
                .containsPattern("Rebuilt the indexes and foreign keys in [\\d.]+ s\\.").endsWith("\n");
        assertThat(Sql.count(database, "SELECT count(*) FROM games WHERE league_id = 'pd'")).isEqualTo(12);
        CliRun refresh = run(database, "stats", "refresh");
        assertThat(refresh.exitCode()).as(refresh.everything()).isZero();
    }

    @Test
    void onATerminalTheProgressIsABarRedrawnInPlace(TestDatabase database) {
        run(database, "upgrade", "head");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = Main.run(new String[]{"sample-data", "--url", database.url(), "--games", "12", "--seed", "5"},
                Map.of(), workingDirectory, new PrintWriter(out, true), new PrintWriter(err, true), true);

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(err.toString()).contains("\r[##############################] 100%  12/12 games")
                .contains("Rebuilding indexes and foreign keys: 1 of ").endsWith("\n");
    }

    @Test
    void jsonSaysWhatWasLoadedAndNothingElseIsOnStandardOutput(TestDatabase database) {
        run(database, "upgrade", "head");

        CliRun run = run(database, "sample-data", "--games", "3", "--seed", "11", "--json");

        assertThat(run.exitCode()).as(run.everything()).isZero();
        JsonNode json = JsonAssert.parse(run.out());
        assertThat(json.get("command").asText()).isEqualTo("sample-data");
        assertThat(json.get("league").asText()).isEqualTo("sba");
        assertThat(json.get("seed").asLong()).isEqualTo(11);
        assertThat(json.get("games").asInt()).isEqualTo(3);
        assertThat(json.get("plays").asLong()).isPositive();
        assertThat(json.get("one_transaction").asBoolean()).isTrue();
        assertThat(json.get("rebuild_ms").isNumber()).isTrue();

        CliRun again = run(database, "sample-data", "--games", "3", "--seed", "11", "--json");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED);
        JsonNode error = JsonAssert.parse(again.out()).get("error");
        assertThat(error.get("category").asText()).isEqualTo("refused");
        assertThat(error.get("exit_code").asInt()).isEqualTo(ExitCodes.REFUSED);
        assertThat(error.get("message").asText()).contains("seed 11");
    }

    @Test
    void withoutASeedOneIsChosenAndPrinted(TestDatabase database) {
        run(database, "upgrade", "head");

        CliRun run = run(database, "sample-data", "--games", "1");

        assertThat(run.exitCode()).as(run.everything()).isZero();
        assertThat(run.out()).containsPattern("Loaded 1 sba games \\(seed \\d+\\)");
    }

    @Test
    void badInputAndRefusalsAreOneLine(TestDatabase database) {
        assertOneLine(run(database, "sample-data", "--games", "5"), ExitCodes.REFUSED, "Run \"stratdb upgrade head\" first.");
        run(database, "upgrade", "head");
        assertOneLine(run(database, "sample-data", "--games", "0"), ExitCodes.USAGE, "--games must be from 1 to 1000000, not 0");
        assertOneLine(run(database, "sample-data", "--games", "1", "--league", "mlb"), ExitCodes.USAGE, "expected sba or pd");
        assertOneLine(run(database, "sample-data"), ExitCodes.USAGE, "Missing required option: '--games=N'");

        run(database, "sample-data", "--games", "2", "--seed", "8");
        assertOneLine(run(database, "sample-data", "--games", "2", "--seed", "8"), ExitCodes.REFUSED,
                "Sample games of seed 8 are already in this database");
    }

    private static void assertOneLine(CliRun run, int exitCode, String expected) {
        assertThat(run.exitCode()).as(run.everything()).isEqualTo(exitCode);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("Error: ").contains(expected).doesNotContain("Exception").doesNotContain("Error: Error");
    }
}
