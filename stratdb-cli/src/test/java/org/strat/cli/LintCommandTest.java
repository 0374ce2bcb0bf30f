package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stratdb lint} through the real command line, and the lint warnings of {@code stratdb upgrade}. */
@ExtendWith(FreshDatabaseExtension.class)
class LintCommandTest {

    private static final String INDEX_LINE = "002_risky.sql:8  create-index-not-concurrently  CREATE INDEX idx_players_name"
            + " on the existing table players blocks all writes to players until the index is built -> CREATE INDEX"
            + " CONCURRENTLY in a revision with `-- transactional: false` (it lets writes go on)";

    @TempDir
    Path workingDirectory;

    private static String revisions(String scenario) {
        return TestRevisions.directory("lint/" + scenario).toString();
    }

    private CliRun lint(String scenario, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "lint";
        args[1] = "--revisions-dir";
        args[2] = revisions(scenario);
        System.arraycopy(options, 0, args, 3, options.length);
        return CliRun.of(Map.of(), workingDirectory, args);
    }

    private CliRun upgrade(TestDatabase database, String scenario) {
        return CliRun.of(Map.of(), workingDirectory, "--url", database.url(), "upgrade", "head", "--revisions-dir",
                revisions(scenario));
    }

    @Test
    void lintPrintsOneLinePerFindingAndExitsOneWhenOneIsNotAcknowledged() {
        CliRun run = lint("findings");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_AT_HEAD);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).satisfiesExactly(
                line -> assertThat(line).isEqualTo(INDEX_LINE),
                line -> assertThat(line).startsWith("002_risky.sql:11  add-column-volatile-default  ADD COLUMN token"
                                + " (volatile default gen_random_uuid()) rewrites all of players")
                        .endsWith("  (acknowledged: players holds a few hundred rows; the rewrite takes milliseconds)"),
                line -> assertThat(line).startsWith("002_risky.sql:13  rename-column  renaming teams.name to full_name breaks")
                        .doesNotContain("acknowledged"),
                line -> assertThat(line).isEqualTo("3 finding(s) in 2 revision file(s): 2 unacknowledged, 1 acknowledged."
                        + " Fix them, or accept one with \"-- lint-ok <rule-id>: <reason>\" on the line above its statement."));
    }

    @Test
    void lintExitsZeroWhenEveryFindingIsAcknowledged() {
        CliRun run = lint("acknowledged");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("002_risky.sql:15  rename-column  ")
                .contains("(acknowledged: no application release reads teams.name any more (since 2.4))")
                .endsWith("3 finding(s) in 2 revision file(s): 0 unacknowledged, 3 acknowledged." + System.lineSeparator());
        assertThat(run.out().lines().filter(line -> line.startsWith("002_risky.sql:")))
                .hasSize(3).allMatch(line -> line.contains("  (acknowledged: "));
    }

    @Test
    void lintJsonGivesEveryFieldOfEachFinding() {
        CliRun run = lint("findings", "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_AT_HEAD);
        assertThat(run.out().strip())
                .startsWith("{\"command\":\"lint\",\"findings\":[{\"rule\":\"create-index-not-concurrently\",\"revision\":\"002\",\"file\":\"002_risky.sql\","
                        + "\"line\":8,\"statement_number\":1,\"statement\":\"CREATE INDEX idx_players_name ON players (name)\","
                        + "\"message\":\"CREATE INDEX idx_players_name on the existing table players")
                .contains("\"acknowledged\":false,\"reason\":null}")
                .contains("\"acknowledged\":true,\"reason\":\"players holds a few hundred rows; the rewrite takes milliseconds\"}")
                .endsWith("],\"unacknowledged\":2,\"acknowledged\":1}");
    }

    @Test
    void lintReadsOnlyTheRevisionFilesAndThePackagedOnesAreClean() {
        CliRun run = CliRun.of(Map.of(), workingDirectory, "lint");

        assertThat(run.exitCode()).as(run.everything()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(" revision file(s)").doesNotContain("unacknowledged, 1").doesNotContain("Fix them");
        assertThat(Files.exists(workingDirectory.resolve(".strat"))).isFalse();
    }

    @Test
    void upgradeWarnsOnStandardErrorAboutUnacknowledgedFindingsOfPendingRevisions(TestDatabase database) {
        CliRun first = upgrade(database, "findings");

        assertThat(first.exitCode()).as(first.everything()).isEqualTo(ExitCodes.OK);
        assertThat(first.errLines()).satisfiesExactly(
                line -> assertThat(line).isEqualTo("Warning: 002_risky.sql:8 create-index-not-concurrently: CREATE INDEX"
                        + " idx_players_name on the existing table players blocks all writes to players until the index is built"),
                line -> assertThat(line).startsWith("Warning: 002_risky.sql:13 rename-column: renaming teams.name to full_name"));
        assertThat(first.out()).contains("Database now at 002 (2 revision(s) applied).");

        CliRun again = upgrade(database, "findings");
        assertThat(again.err()).isEmpty();
        assertThat(again.out()).contains("Nothing to upgrade");
    }

    @Test
    void upgradeIsQuietWhenEveryFindingIsAcknowledged(TestDatabase database) {
        CliRun run = upgrade(database, "acknowledged");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
    }
}
