package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With no URL or PG* variable, commands use the embedded PostgreSQL kept in the project's .strat. */
class EmbeddedDefaultTest {

    @TempDir
    Path workingDirectory;

    @Test
    void theFirstCommandCreatesTheDatabaseAndLaterOnesReuseItWithoutInitdb() throws Exception {
        CliRun first = CliRun.of(Map.of(), workingDirectory, "upgrade", "head");

        assertThat(first.exitCode()).as(first.everything()).isZero();
        assertThat(first.databaseLine()).isEqualTo("Database: embedded, ./.strat (no URL or PG* variable set)");
        assertThat(first.out()).containsPattern("Applied +001 +Initial schema");
        Path data = workingDirectory.resolve(".strat/pgdata");
        assertThat(data.resolve("PG_VERSION")).exists();
        assertThat(data.resolve("postmaster.pid")).as("the server is stopped after the command").doesNotExist();

        // initdb refuses a non-empty directory and would have to wipe it first: a marker that survives proves it did not run.
        Path marker = Files.writeString(data.resolve("stratdb-test-marker"), "still here");
        CliRun second = CliRun.of(Map.of(), workingDirectory, "current");

        assertThat(second.exitCode()).as(second.everything()).isZero();
        assertThat(second.out().strip()).isEqualTo("006_play_rules (head)");
        assertThat(marker).hasContent("still here");
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void theEnvironmentCanMoveTheEmbeddedDatabase() {
        CliRun run = CliRun.of(Map.of("STRAT_EMBEDDED_DIR", "elsewhere/db"), workingDirectory, "current");

        assertThat(run.exitCode()).as(run.everything()).isZero();
        assertThat(run.databaseLine()).isEqualTo("Database: embedded, ./elsewhere/db (STRAT_EMBEDDED_DIR)");
        assertThat(workingDirectory.resolve("elsewhere/db/pgdata/PG_VERSION")).exists();
        assertThat(workingDirectory.resolve(".strat")).doesNotExist();
    }

    @Test
    void fromASubdirectoryOfTheProjectTheProjectsDatabaseIsUsedTheWayGitFindsGit() throws Exception {
        Files.createDirectories(workingDirectory.resolve("src/main/resources/db/revisions"));
        Path subdirectory = Files.createDirectories(workingDirectory.resolve("src/main/java"));

        CliRun run = CliRun.of(Map.of(), subdirectory, "current");

        assertThat(run.exitCode()).as(run.everything()).isZero();
        assertThat(run.databaseLine()).isEqualTo("Database: embedded, ../../../.strat (no URL or PG* variable set)");
        assertThat(workingDirectory.resolve(".strat/pgdata/PG_VERSION")).exists();
        assertThat(subdirectory.resolve(".strat")).doesNotExist();
        assertThat(workingDirectory.resolve("src/.strat")).doesNotExist();
    }

    @Test
    void anUnwritableLocationIsReportedInOneLine() throws Exception {
        Files.writeString(workingDirectory.resolve("a-file"), "not a directory");

        CliRun run = CliRun.of(Map.of("STRAT_EMBEDDED_DIR", "a-file/.strat"), workingDirectory, "current");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("Error: Cannot create ").contains("STRAT_EMBEDDED_DIR").contains("--url");
    }
}
