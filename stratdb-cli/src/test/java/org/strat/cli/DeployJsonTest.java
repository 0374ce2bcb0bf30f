package org.strat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.StratDbProcess;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a deploy script reads: with --json, standard output of the whole process is one JSON document in the shape
 * docs/json.md describes, on success and on failure (an "error" member with the category and exit code), and the
 * lines a person reads go to standard error.
 */
@ExtendWith(FreshDatabaseExtension.class)
class DeployJsonTest {

    @TempDir
    Path workingDirectory;

    private record Outcome(int exitCode, String out, String err, JsonNode json) {
    }

    private Outcome stratdb(String url, String revisions, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", url));
        if (revisions != null) {
            all.add("--revisions-dir=" + TestRevisions.directory(revisions));
        }
        StratDbProcess process = StratDbProcess.start(workingDirectory, all.toArray(String[]::new));
        int exitCode = process.waitFor(120);
        return new Outcome(exitCode, process.out(), process.err(), JsonAssert.parse(process.out()));
    }

    private static List<String> revisions(JsonNode steps) {
        List<String> ids = new ArrayList<>();
        steps.forEach(step -> ids.add(step.get("revision").asText()));
        return ids;
    }

    @Test
    void upgradeSaysWhatItAppliedFromWhereToWhereAndHowLongEachTook(TestDatabase database) {
        Outcome upgrade = stratdb(database.url(), "linear", "upgrade", "head", "--json");

        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        JsonNode json = upgrade.json();
        assertThat(json.get("command").asText()).isEqualTo("upgrade");
        assertThat(json.get("target").asText()).isEqualTo("head");
        assertThat(json.get("dry_run").asBoolean()).isFalse();
        assertThat(json.get("from").isEmpty()).isTrue();
        assertThat(json.get("to").get(0).asText()).isEqualTo("003");
        assertThat(revisions(json.get("applied"))).containsExactly("001", "002", "003");
        JsonNode first = json.get("applied").get(0);
        assertThat(first.get("message").asText()).isEqualTo("Create teams");
        assertThat(first.get("file").asText()).isEqualTo("001_teams.sql");
        assertThat(first.get("duration_ms").isIntegralNumber()).isTrue();
        assertThat(json.has("error")).isFalse();
        // The lines a person reads are still there, on standard error.
        assertThat(upgrade.err()).containsPattern("Applied +001 +Create teams").doesNotContain("\r");

        Outcome again = stratdb(database.url(), "linear", "upgrade", "head", "--json");
        assertThat(again.json().get("from").get(0).asText()).isEqualTo("003");
        assertThat(again.json().get("applied").isEmpty()).isTrue();
    }

    @Test
    void aFailedUpgradeReportsWhatWasAppliedBeforeTheFailureAndTheErrorsCategory(TestDatabase database) {
        Outcome upgrade = stratdb(database.url(), "failing", "upgrade", "head", "--json");

        assertThat(upgrade.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(revisions(upgrade.json().get("applied"))).containsExactly("001");
        JsonNode error = upgrade.json().get("error");
        assertThat(error.get("category").asText()).isEqualTo("revision_failed");
        assertThat(error.get("exit_code").asInt()).isEqualTo(ExitCodes.REFUSED);
        assertThat(error.get("message").asText()).contains("no_such_table");
        assertThat(upgrade.err()).startsWith("Applied").contains("Error: ");
    }

    @Test
    void anUnreachableDatabaseIsAConnectionErrorInJson() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Outcome upgrade = stratdb("postgresql://bob:s3cret@127.0.0.1:" + port + "/strat", "linear", "upgrade", "--json");

        assertThat(upgrade.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(upgrade.json().get("error").get("category").asText()).isEqualTo("connection");
        assertThat(upgrade.json().get("error").get("exit_code").asInt()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(upgrade.out()).doesNotContain("s3cret");
    }

    @Test
    void aBadCommandLineIsAUsageErrorInJson(TestDatabase database) {
        Outcome upgrade = stratdb(database.url(), "linear", "upgrade", "--json", "--lock-wait", "soon");

        assertThat(upgrade.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(upgrade.json().get("command").asText()).isEqualTo("upgrade");
        assertThat(upgrade.json().get("error").get("category").asText()).isEqualTo("settings");
        assertThat(upgrade.json().get("error").get("message").asText()).contains("--lock-wait");
    }

    @Test
    void sqlAndPlanAreDryRuns(TestDatabase database) {
        Outcome sql = stratdb(database.url(), "linear", "upgrade", "001:head", "--sql", "--json");
        Outcome plan = stratdb(database.url(), "linear", "upgrade", "--plan", "--json");

        assertThat(sql.exitCode()).as(sql.err()).isZero();
        assertThat(sql.json().get("dry_run").asBoolean()).isTrue();
        assertThat(sql.json().get("sql").asText()).contains("CREATE TABLE parks");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.json().get("dry_run").asBoolean()).isTrue();
        assertThat(plan.json().get("plan").get("revisions").size()).isEqualTo(3);
    }

    @Test
    void downgradeAndRedoSayWhatTheyRevertedAndApplied(TestDatabase database) {
        stratdb(database.url(), "linear", "upgrade", "head", "--json");

        Outcome redo = stratdb(database.url(), "linear", "redo", "--json");
        Outcome downgrade = stratdb(database.url(), "linear", "downgrade", "001", "--yes",
                "--dump-dir=" + workingDirectory.resolve("dumps"), "--json");

        assertThat(redo.exitCode()).as(redo.err()).isZero();
        assertThat(redo.json().get("revision").asText()).isEqualTo("003");
        assertThat(redo.json().get("reverted").get("revision").asText()).isEqualTo("003");
        assertThat(redo.json().get("applied").get("duration_ms").isIntegralNumber()).isTrue();
        assertThat(downgrade.exitCode()).as(downgrade.err()).isZero();
        assertThat(downgrade.json().get("command").asText()).isEqualTo("downgrade");
        assertThat(downgrade.json().get("from").get(0).asText()).isEqualTo("003");
        assertThat(downgrade.json().get("to").get(0).asText()).isEqualTo("001");
        assertThat(revisions(downgrade.json().get("reverted"))).containsExactly("003", "002");
        // parks held a row: --yes saved it first, and the report says where.
        JsonNode saved = downgrade.json().get("saved");
        assertThat(saved.get("rows_file").asText()).startsWith(workingDirectory.resolve("dumps").toString());
        assertThat(saved.get("saved_tables").toString()).contains("parks");
        assertThat(downgrade.err()).containsPattern("Reverted +003").contains("Saved the rows of");
    }

    @Test
    void aRefusedDowngradeIsARefusalInJson(TestDatabase database) {
        stratdb(database.url(), "lossy", "upgrade", "head", "--json");
        org.strat.testing.Sql.execute(database, "INSERT INTO teams (id, name) VALUES (1, 'Yankees')");

        Outcome downgrade = stratdb(database.url(), "lossy", "downgrade", "base", "--json");

        assertThat(downgrade.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(downgrade.json().get("error").get("category").asText()).isEqualTo("refused");
        assertThat(downgrade.json().get("reverted").isArray()).isTrue();
    }

    @Test
    void checkAndStampAnswerInJson(TestDatabase database) {
        Outcome behind = stratdb(database.url(), null, "check", "--json");
        stratdb(database.url(), null, "upgrade", "head", "--json");
        Outcome check = stratdb(database.url(), null, "check", "--json");
        Outcome detect = stratdb(database.url(), null, "stamp", "--detect", "--json");
        Outcome stamp = stratdb(database.url(), null, "stamp", "head", "--json");

        assertThat(behind.exitCode()).isEqualTo(ExitCodes.NOT_AT_HEAD);
        assertThat(behind.json().get("passed").asBoolean()).isFalse();
        assertThat(behind.json().get("at_head").asBoolean()).isFalse();
        assertThat(behind.json().get("not_at_head_reason").asText()).contains("stratdb upgrade head");
        assertThat(behind.json().get("differences").isNull()).isTrue();
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.json().get("passed").asBoolean()).isTrue();
        assertThat(check.json().get("differences").isEmpty()).isTrue();
        assertThat(check.json().get("current")).isEqualTo(check.json().get("heads"));
        assertThat(detect.exitCode()).as(detect.err()).isZero();
        assertThat(detect.json().get("matched").asBoolean()).isTrue();
        assertThat(detect.json().get("detect").asBoolean()).isTrue();
        assertThat(stamp.exitCode()).as(stamp.err()).isZero();
        assertThat(stamp.json().get("revision").asText()).isEqualTo(check.json().get("heads").get(0).asText());
        assertThat(stamp.json().get("changed").asBoolean()).isFalse();
        assertThat(stamp.json().get("differences").isEmpty()).isTrue();
    }
}
