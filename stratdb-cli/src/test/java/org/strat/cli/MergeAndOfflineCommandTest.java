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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Branches joined with merge, and offline SQL, through the real command line. */
@ExtendWith(FreshDatabaseExtension.class)
class MergeAndOfflineCommandTest {

    @TempDir
    Path workingDirectory;

    @Test
    void twoHeadsAreReportedThenMergedIntoOneThatUpgradeWalksThrough(TestDatabase database) throws Exception {
        Path revisions = TestRevisions.copy("merge", workingDirectory.resolve("revisions"));
        Files.delete(revisions.resolve("003_merge.sql"));
        String dir = "--revisions-dir=revisions";

        CliRun heads = CliRun.of(Map.of(), workingDirectory, "heads", dir);
        assertThat(heads.out()).contains("002a (head)").contains("002b (head)").contains("2 heads: join them with \"stratdb merge\"");
        CliRun refused = CliRun.of(Map.of(), workingDirectory, "--url", database.url(), "upgrade", "head", dir);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("Multiple heads: 002a (002a_branch_a.sql) and 002b (002b_branch_b.sql)")
                .contains("stratdb merge 002a 002b");

        CliRun merge = CliRun.of(Map.of(), workingDirectory, "merge", "002a", "002b", "-m", "join the branches", dir);

        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.out()).containsPattern("Created merge revision [0-9a-f]{12} joining 002a \\+ 002b");
        assertThat(CliRun.of(Map.of(), workingDirectory, "heads", dir).out().lines().toList()).hasSize(1);
        CliRun upgrade = CliRun.of(Map.of(), workingDirectory, "--url", database.url(), "upgrade", "head", dir);
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(upgrade.out()).contains("Applied   001").contains("Applied   002a").contains("Applied   002b");
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log WHERE direction = 'upgrade'")).isEqualTo(4);
        assertThat(CliRun.of(Map.of(), workingDirectory, "merge", "001", "002a", "-m", "pointless", dir).err())
                .contains("already an ancestor");
    }

    @Test
    void sqlPrintsTheScriptWithoutConnectingToAnyDatabase() {
        String unreachable = "postgresql://nobody@127.0.0.1:1/nowhere";

        CliRun upgrade = CliRun.of(Map.of(), workingDirectory, "--url", unreachable, "upgrade", "001:head", "--sql",
                "--revisions-dir", TestRevisions.directory("linear").toString());
        CliRun downgrade = CliRun.of(Map.of(), workingDirectory, "--url", unreachable, "downgrade", "head:base", "--sql",
                "--revisions-dir", TestRevisions.directory("linear").toString());

        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(upgrade.out()).startsWith("-- stratdb upgrade 001:head: offline SQL")
                .contains("CREATE TABLE parks").contains("CREATE INDEX CONCURRENTLY idx_parks_team")
                .contains("INSERT INTO stratdb_revision (revision, checksum, file_name, duration_ms, applied_text) VALUES ('003'")
                .doesNotContain("CREATE TABLE teams");
        assertThat(downgrade.exitCode()).as(downgrade.err()).isZero();
        assertThat(downgrade.out()).contains("DROP TABLE teams").contains("DELETE FROM stratdb_revision WHERE revision = '001'");
        assertThat(Files.exists(workingDirectory.resolve(".strat"))).isFalse();
    }
}
