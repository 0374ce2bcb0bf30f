package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.PostgresServer;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command that touches a database names it first, and an empty URL never falls through to another. */
@ExtendWith(FreshDatabaseExtension.class)
class DatabaseLineTest {

    @TempDir
    Path workingDirectory;

    private static String linear() {
        return "--revisions-dir=" + TestRevisions.directory("linear");
    }

    @Test
    void aUrlIsNamedWithoutItsPassword(TestDatabase database) {
        String url = "postgresql://" + PostgresServer.PASSWORD_USER + ":" + PostgresServer.PASSWORD + "@127.0.0.1:"
                + database.server().port() + "/" + database.name();

        CliRun run = CliRun.of(Map.of("STRAT_DATABASE_URL", url), workingDirectory, "current", linear());

        assertThat(run.exitCode()).as(run.everything()).isZero();
        assertThat(run.databaseLine()).isEqualTo("Database: " + PostgresServer.PASSWORD_USER + "@127.0.0.1:"
                + database.server().port() + "/" + database.name() + " (from STRAT_DATABASE_URL)");
        assertThat(run.everything()).doesNotContain(PostgresServer.PASSWORD);
    }

    @Test
    void withoutAUrlThePgVariablesChooseTheServerAndAreNamed(TestDatabase database) {
        Map<String, String> environment = Map.of("PGHOST", "127.0.0.1", "PGPORT", Integer.toString(database.server().port()),
                "PGUSER", "postgres", "PGDATABASE", database.name());

        CliRun run = CliRun.of(environment, workingDirectory, "upgrade", "head", linear());

        assertThat(run.exitCode()).as(run.everything()).isZero();
        assertThat(run.databaseLine()).isEqualTo("Database: postgres@127.0.0.1:" + database.server().port() + "/"
                + database.name() + " (from PGHOST, PGPORT, PGUSER, PGDATABASE)");
        assertThat(workingDirectory.resolve(".strat")).as("the embedded database was not touched").doesNotExist();
    }

    @Test
    void quietDropsTheLine(TestDatabase database) {
        CliRun run = CliRun.of(Map.of(), workingDirectory, "--quiet", "--url", database.url(), "current", linear());

        assertThat(run.exitCode()).as(run.everything()).isZero();
        assertThat(run.databaseLine()).isNull();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void optionsAfterTheCommandNameWorkAsBeforeItAndWinOverThem(TestDatabase database) {
        CliRun after = CliRun.of(Map.of(), workingDirectory, "current", "-q", "--url", database.url(), linear());
        CliRun both = CliRun.of(Map.of(), workingDirectory, "--url", "postgresql://nobody@127.0.0.1:1/none", "current",
                "--url", database.url(), linear());

        assertThat(after.exitCode()).as(after.everything()).isZero();
        assertThat(after.databaseLine()).isNull();
        assertThat(both.exitCode()).as(both.everything()).isZero();
        assertThat(both.databaseLine()).contains(database.name());
    }

    @Test
    void anEmptyUrlOptionIsRefusedBeforeAnyDatabaseIsTouched() {
        CliRun run = CliRun.of(Map.of(), workingDirectory, "upgrade", "head", "--url", "", linear());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("Error: --url is empty.");
        assertThat(run.databaseLine()).isNull();
        assertThat(workingDirectory.resolve(".strat")).doesNotExist();
    }

    @Test
    void anEmptyStratDatabaseUrlIsRefusedLikeAnUnsetCiSecretShouldBe() {
        CliRun run = CliRun.of(Map.of("STRAT_DATABASE_URL", ""), workingDirectory, "upgrade", "head", linear());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("Error: STRAT_DATABASE_URL is set but empty");
        assertThat(workingDirectory.resolve(".strat")).doesNotExist();
    }

    @Test
    void commandsWithoutADatabasePrintNoLine() {
        CliRun run = CliRun.of(Map.of(), workingDirectory, "heads", linear());

        assertThat(run.exitCode()).as(run.everything()).isZero();
        assertThat(run.databaseLine()).isNull();
    }
}
