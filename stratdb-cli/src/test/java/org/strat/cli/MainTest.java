package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command through the real command line: output, exit code, and nothing else on standard error. */
@ExtendWith(FreshDatabaseExtension.class)
class MainTest {

    @TempDir
    Path workingDirectory;

    private CliRun run(TestDatabase database, String... args) {
        String[] withUrl = new String[args.length + 2];
        withUrl[0] = "--url";
        withUrl[1] = database.url();
        System.arraycopy(args, 0, withUrl, 2, args.length);
        return CliRun.of(Map.of(), workingDirectory, withUrl);
    }

    private static String linear() {
        return "--revisions-dir=" + TestRevisions.directory("linear");
    }

    @Test
    void upgradePrintsOneLinePerRevisionThenWhereTheDatabaseIs(TestDatabase database) {
        CliRun run = run(database, "upgrade", "head", linear());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).hasSize(4);
        assertThat(run.out()).containsPattern("Applied +001 +Create teams +\\d+ ms")
                .containsPattern("Applied +003 +Index parks by team, concurrently +\\d+ ms")
                .contains("Database now at 003 (3 revision(s) applied).");
        assertThat(run(database, "upgrade", linear()).out()).contains("Nothing to upgrade: the database is at 003.");
    }

    @Test
    void currentDoesNotCallAHalfRevertedRevisionHead(TestDatabase database) throws Exception {
        String resumable = "--revisions-dir=" + TestRevisions.directory("resumable");
        run(database, "upgrade", "001", resumable);
        Sql.execute(database, "DELETE FROM side.events WHERE ctid = (SELECT max(ctid) FROM side.events)");
        Sql.execute(database, "DELETE FROM scores WHERE ctid = (SELECT max(ctid) FROM scores WHERE game = 2)");
        assertThat(run(database, "upgrade", "head", resumable).exitCode()).isZero();
        // 002's downgrade (outside a transaction) drops its first index, then waits on a busy table and stops.
        try (Connection busy = database.connect(); Statement statement = busy.createStatement()) {
            busy.setAutoCommit(false);
            statement.execute("LOCK TABLE side.events IN ACCESS EXCLUSIVE MODE");
            assertThat(run(database, "downgrade", "001", "--yes", "--dump-dir", workingDirectory.toString(),
                    "--lock-timeout", "0.3", resumable).exitCode()).isNotZero();
            busy.rollback();
        }

        CliRun text = run(database, "current", resumable);
        CliRun gate = run(database, "current", "--check", resumable);
        CliRun json = run(database, "current", "--json", resumable);

        assertThat(text.out()).contains("002 (head as recorded, but not all of it is in place)")
                .contains("The downgrade of revision 002 stopped part-way, with statement 1 of 3 applied")
                .contains("stratdb downgrade -1");
        assertThat(gate.exitCode()).as("a deploy gate on a half-reverted head").isEqualTo(ExitCodes.NOT_AT_HEAD);
        assertThat(json.out()).contains("\"at_head\":false")
                .contains("\"interrupted\":[{\"revision\":\"002\",\"direction\":\"downgrade\",\"statements_done\":1,\"statements\":3,");
    }

    @Test
    void currentSaysWhetherTheDatabaseIsAtHead(TestDatabase database) {
        assertThat(run(database, "current", linear()).out()).contains("never been migrated").contains("3 revision(s) pending");
        run(database, "upgrade", "+1", linear());

        CliRun behind = run(database, "current", linear());
        assertThat(behind.out()).contains("001 (not at head 003: 2 revision(s) pending");
        assertThat(run(database, "current", "--check", linear()).exitCode()).isEqualTo(ExitCodes.NOT_AT_HEAD);

        run(database, "upgrade", linear());
        assertThat(run(database, "current", linear()).out().strip()).isEqualTo("003 (head)");
        assertThat(run(database, "current", "--json", linear()).out().strip()).isEqualTo(
                "{\"command\":\"current\",\"versioned\":true,\"current\":[\"003\"],\"heads\":[\"003\"],\"at_head\":true,\"pending\":0,\"unknown\":[],\"interrupted\":[]}");
    }

    @Test
    void historyListsAppliedAndPendingRevisionsWithWhenWhoAndHowLong(TestDatabase database) {
        run(database, "upgrade", "002", linear());

        CliRun history = run(database, "history", linear());

        assertThat(history.exitCode()).isZero();
        assertThat(history.out().lines().toList()).hasSize(4);
        assertThat(history.out()).containsPattern("001 +- +applied +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d .+ postgres +\\d+ ms +Create teams")
                .containsPattern("002 +001 +applied .+Create parks  \\(current\\)")
                .containsPattern("003 +002 +pending +Index parks by team, concurrently  \\(head\\)");
        assertThat(run(database, "history", "--json", linear()).out())
                .startsWith("{\"command\":\"history\",\"revisions\":[{\"revision\":\"001\",")
                .contains("\"revision\":\"002\",\"down_revisions\":[\"001\"]").contains("\"applied\":true")
                .contains("\"revision\":\"003\"").contains("\"applied\":false,\"applied_at\":null");
    }

    @Test
    void downgradeReportsEachRevertedRevision(TestDatabase database) {
        run(database, "upgrade", linear());

        CliRun run = run(database, "downgrade", "base", "--yes", "--dump-dir=" + workingDirectory.resolve("dumps"), linear());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Reverted +003").containsPattern("Reverted +001")
                .contains("Database now at base (3 revision(s) reverted).");
        assertThat(run(database, "current", linear()).out()).startsWith("base");
    }

    @Test
    void headsReadsOnlyTheRevisionFiles() {
        CliRun run = CliRun.of(Map.of(), workingDirectory, "heads", linear());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("003 (head)  Index parks by team, concurrently  [003_park_index.sql]");
        assertThat(CliRun.of(Map.of(), workingDirectory, "heads", "--json", linear()).out().strip())
                .isEqualTo("{\"command\":\"heads\",\"heads\":[{\"revision\":\"003\",\"down_revisions\":[\"002\"],"
                        + "\"message\":\"Index parks by team, concurrently\",\"file\":\"003_park_index.sql\"}]}");
        assertThat(Files.exists(workingDirectory.resolve(".strat"))).isFalse();
    }

    @Test
    void thePackagedRevisionsAreTheDefault(TestDatabase database) {
        CliRun run = run(database, "upgrade", "head");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Applied +001 +Initial schema");
    }

    @Test
    void theEnvironmentVariableGivesTheDatabaseWhenThereIsNoUrlOption(TestDatabase database) {
        CliRun run = CliRun.of(Map.of("STRAT_DATABASE_URL", database.url(),
                "STRAT_REVISIONS_DIR", TestRevisions.directory("linear").toString()), workingDirectory, "upgrade", "+1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Database now at 001");
    }

    @Test
    void theRevisionsDirectoryOptionWinsOverTheEnvironmentVariable(TestDatabase database) {
        CliRun run = CliRun.of(Map.of("STRAT_DATABASE_URL", database.url(),
                        "STRAT_REVISIONS_DIR", TestRevisions.directory("malformed-header").toString()),
                workingDirectory, "upgrade", "+1", linear());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Database now at 001");
    }

    @Test
    void revisionWritesAnEmptyRevisionOnTopOfTheHead() throws Exception {
        Path revisions = TestRevisions.copy("linear", workingDirectory.resolve("revisions"));

        CliRun run = CliRun.of(Map.of(), workingDirectory, "revision", "-m", "Add park factors!", "--revisions-dir", "revisions");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Created revision [0-9a-f]{12} on top of 003");
        try (var files = Files.list(revisions)) {
            Path created = files.filter(file -> file.getFileName().toString().endsWith("_add_park_factors.sql")).findFirst().orElseThrow();
            assertThat(Files.readString(created)).contains("-- down_revision: 003\n-- message: Add park factors!\n")
                    .contains("-- upgrade\n").contains("-- downgrade\n");
        }
        assertThat(CliRun.of(Map.of(), workingDirectory, "heads", "--revisions-dir", "revisions").out()).contains("Add park factors!");
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun run = CliRun.of(Map.of(), workingDirectory, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:").contains("3   Refused").contains("5   Cannot reach")
                .contains("upgrade").contains("downgrade").contains("history").contains("STRAT_DATABASE_URL");
    }

    @Test
    void historyLogListsEveryUpgradeAndDowngradeInOrder(TestDatabase database) {
        run(database, "upgrade", "001", linear());
        run(database, "downgrade", "-1", linear());
        run(database, "upgrade", "001", linear());

        CliRun log = run(database, "history", "--log", linear());

        assertThat(log.exitCode()).as(log.err()).isZero();
        assertThat(log.out().lines().toList()).hasSize(4);
        assertThat(log.out()).containsPattern("1  \\d{4}-.+ upgrade +001 +postgres +\\S+@\\S+ +\\d+ ms")
                .containsPattern("2  .+ downgrade +001 +postgres")
                .containsPattern("3  .+ upgrade +001 +postgres");
        assertThat(run(database, "history", "--log", "--json", linear()).out())
                .startsWith("{\"command\":\"history\",\"log\":[{\"id\":1,")
                .contains("\"direction\":\"downgrade\",\"revision\":\"001\"");
    }
}
