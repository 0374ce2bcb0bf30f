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

/** A failed connection says the server's real reason and the right next step, never "connection refused" for it. */
@ExtendWith(FreshDatabaseExtension.class)
class ConnectionFailureTest {

    @TempDir
    Path workingDirectory;

    private CliRun current(Map<String, String> environment, String url) {
        return CliRun.of(environment, workingDirectory, "--url", url, "current",
                "--revisions-dir=" + TestRevisions.directory("linear"));
    }

    @Test
    void scramWithoutAPasswordSaysAPasswordIsNeededAndWhereToPutIt(TestDatabase database) {
        CliRun run = current(Map.of("HOME", workingDirectory.toString()), "postgresql://" + PostgresServer.PASSWORD_USER
                + "@127.0.0.1:" + database.server().port() + "/" + database.name());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("asks user \"" + PostgresServer.PASSWORD_USER + "\" for a password (SCRAM authentication)")
                .contains("PGPASSWORD").contains("~/.pgpass").doesNotContain("refused");
    }

    @Test
    void aServerWithoutSslUnderSslModeRequireSaysSoInsteadOfConnectionRefused(TestDatabase database) {
        CliRun run = current(Map.of("PGSSLMODE", "require"), database.url());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("does not accept SSL connections, and sslmode=require (from --url) requires SSL")
                .doesNotContain("connection refused");
    }

    @Test
    void aPasswordFromThePasswordFileIsUsed(TestDatabase database) throws Exception {
        Path pgpass = workingDirectory.resolve("pgpass");
        java.nio.file.Files.writeString(pgpass, "127.0.0.1:*:*:" + PostgresServer.PASSWORD_USER + ":" + PostgresServer.PASSWORD + "\n");
        java.nio.file.Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        CliRun run = current(Map.of("PGPASSFILE", pgpass.toString()), "postgresql://" + PostgresServer.PASSWORD_USER
                + "@127.0.0.1:" + database.server().port() + "/" + database.name());

        assertThat(run.exitCode()).as(run.everything()).isZero();
        assertThat(run.everything()).doesNotContain(PostgresServer.PASSWORD);
    }
}
