package org.strat.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FakeServer;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.PostgresServer;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures a user can cause: each ends in one line on standard error, a non-zero exit code, no stack trace,
 * and no password anywhere in what was printed.
 */
@ExtendWith(FreshDatabaseExtension.class)
class BadInputTest {

    private static final String WRONG_PASSWORD = "Wr0ng-Curveball";
    private static final List<String> EVERYTHING_PRINTED = new ArrayList<>();

    @TempDir
    Path workingDirectory;

    private CliRun run(Map<String, String> environment, String... args) {
        CliRun run = CliRun.of(environment, workingDirectory, args);
        EVERYTHING_PRINTED.add(run.everything());
        return run;
    }

    private static void assertOneLineFailure(CliRun run, int exitCode, String expected) {
        assertThat(run.exitCode()).as(run.everything()).isEqualTo(exitCode);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("Error: ").contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private static String linear() {
        return "--revisions-dir=" + TestRevisions.directory("linear");
    }

    @Test
    void unknownRevision(TestDatabase database) {
        assertOneLineFailure(run(Map.of(), "--url", database.url(), "upgrade", "9f9f", linear()), ExitCodes.USAGE,
                "Unknown revision \"9f9f\". Run \"stratdb history\"");
    }

    @Test
    void downgradeBelowBase(TestDatabase database) {
        run(Map.of(), "--url", database.url(), "upgrade", "+1", linear());

        assertOneLineFailure(run(Map.of(), "--url", database.url(), "downgrade", "-2", linear()), ExitCodes.REFUSED,
                "below base");
    }

    @Test
    void unreachablePort() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        assertOneLineFailure(run(Map.of(), "--url", "postgresql://bob:" + WRONG_PASSWORD + "@127.0.0.1:" + freePort + "/strat",
                "current", linear()), ExitCodes.UNREACHABLE, "connection refused");
    }

    @Test
    void unknownHost() {
        assertOneLineFailure(run(Map.of(), "--url", "postgresql://bob:" + WRONG_PASSWORD + "@no-such-host.invalid/strat",
                "upgrade", linear()), ExitCodes.UNREACHABLE, "Unknown host \"no-such-host.invalid\"");
    }

    @Test
    void wrongPassword(TestDatabase database) {
        String url = "postgresql://" + PostgresServer.PASSWORD_USER + ":" + WRONG_PASSWORD + "@127.0.0.1:"
                + database.server().port() + "/" + database.name();

        assertOneLineFailure(run(Map.of(), "--url", url, "upgrade", linear()), ExitCodes.UNREACHABLE,
                "Password authentication failed for user \"" + PostgresServer.PASSWORD_USER + "\"");
    }

    @Test
    void wrongPasswordFromTheEnvironmentWithVerbose(TestDatabase database) {
        Map<String, String> environment = Map.of("PGPASSWORD", WRONG_PASSWORD, "STRAT_DATABASE_URL",
                "postgresql://" + PostgresServer.PASSWORD_USER + "@127.0.0.1:" + database.server().port() + "/" + database.name());

        CliRun run = run(environment, "current", "--verbose", linear());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(run.err()).startsWith("Error: Password authentication failed").contains("\tat "); // --verbose shows the trace
    }

    @Test
    void rightPasswordWorksAndIsNeverPrinted(TestDatabase database) {
        String url = "postgresql://" + PostgresServer.PASSWORD_USER + ":" + PostgresServer.PASSWORD + "@127.0.0.1:"
                + database.server().port() + "/" + database.name();

        assertThat(run(Map.of(), "--url", url, "upgrade", linear()).exitCode()).isZero();
        assertOneLineFailure(run(Map.of(), "--url", url.replace("/" + database.name(), "/no_such_db"), "current", linear()),
                ExitCodes.UNREACHABLE, "Database \"no_such_db\" does not exist");
        CliRun verbose = run(Map.of(), "--url", url.replace("/" + database.name(), "/no_such_db"), "current", "-v", linear());
        assertThat(verbose.everything()).doesNotContain(PostgresServer.PASSWORD);
    }

    @Test
    void urlWithIllegalCharacters() {
        assertOneLineFailure(run(Map.of(), "--url", "postgresql://bob:" + WRONG_PASSWORD + " #x@localhost/strat", "current", linear()),
                ExitCodes.USAGE, "--url is not a valid URL");
    }

    @Test
    void urlOfAnotherScheme() {
        assertOneLineFailure(run(Map.of(), "--url", "mysql://bob:" + WRONG_PASSWORD + "@localhost/strat", "current", linear()),
                ExitCodes.USAGE, "must look like postgresql://");
    }

    @Test
    void unknownOption() {
        assertOneLineFailure(run(Map.of(), "upgrade", "--fast"), ExitCodes.USAGE,
                "Unknown option: '--fast'. Run \"stratdb upgrade --help\" for usage.");
    }

    @Test
    void mistypedSubcommand() {
        assertOneLineFailure(run(Map.of(), "upgrad", "head"), ExitCodes.USAGE,
                "'upgrad', 'head'. Did you mean upgrade or");
    }

    @Test
    void downgradeWithoutTarget() {
        assertOneLineFailure(run(Map.of(), "downgrade"), ExitCodes.USAGE, "Missing required parameter");
    }

    @Test
    void missingRevisionsDirectory() {
        assertOneLineFailure(run(Map.of(), "heads", "--revisions-dir", "nowhere"), ExitCodes.USAGE,
                "does not exist");
    }

    private static String revisions(String scenario) {
        return "--revisions-dir=" + TestRevisions.directory(scenario);
    }

    @Test
    void revisionFileWithoutHeader(TestDatabase database) {
        assertOneLineFailure(run(Map.of(), "--url", database.url(), "upgrade", revisions("malformed-header")),
                ExitCodes.USAGE, "Revision file 001_no_header.sql: the header has no \"-- date: ...\" line");
    }

    @Test
    void revisionFileWithoutHeaderReadAheadFromTheEnvironmentVariable(TestDatabase database) {
        // STRAT_REVISIONS_DIR is read on a thread of its own while the command line is parsed (RevisionPreload):
        // what that read throws must reach the user as the same one line.
        assertOneLineFailure(run(Map.of("STRAT_REVISIONS_DIR", TestRevisions.directory("malformed-header").toString()),
                        "--url", database.url(), "upgrade"),
                ExitCodes.USAGE, "Revision file 001_no_header.sql: the header has no \"-- date: ...\" line");
    }

    @Test
    void revisionFileWithAnUnknownHeaderKey(TestDatabase database) {
        assertOneLineFailure(run(Map.of(), "--url", database.url(), "upgrade", revisions("malformed-key")),
                ExitCodes.USAGE, "Revision file 001_unknown_key.sql: unknown header key \"author\"");
    }

    @Test
    void revisionFileWithoutSections(TestDatabase database) {
        assertOneLineFailure(run(Map.of(), "--url", database.url(), "upgrade", revisions("malformed-sections")),
                ExitCodes.USAGE, "Revision file 001_no_sections.sql: needs a \"-- upgrade\" line");
    }

    @Test
    void revisionGraphWithACycle(TestDatabase database) {
        assertOneLineFailure(run(Map.of(), "--url", database.url(), "upgrade", revisions("cycle")),
                ExitCodes.REFUSED, "form a cycle through 001 (001_a.sql), 002 (002_b.sql)");
    }

    @Test
    void sqlThatFailsToParse(TestDatabase database) {
        CliRun run = run(Map.of(), "--url", database.url(), "upgrade", revisions("syntax-error"));

        assertOneLineFailure(run, ExitCodes.REFUSED, "Upgrade of revision 001 (001_typo.sql) failed at statement 1 of 1: CREATE TABEL teams (id integer)"
                + " -> syntax error at or near \"TABEL\"");
        assertThat(run.err()).contains("the database is at base");
    }

    @Test
    void ambiguousRevisionPrefix(TestDatabase database) {
        assertOneLineFailure(run(Map.of(), "--url", database.url(), "upgrade", "00", linear()), ExitCodes.USAGE,
                "Ambiguous revision \"00\": it is a prefix of 001, 002, 003");
    }

    @Test
    void wrongDatabaseName(TestDatabase database) {
        assertOneLineFailure(run(Map.of(), "--url", "postgresql://postgres@localhost:" + database.server().port() + "/nowhere",
                "current", linear()), ExitCodes.UNREACHABLE, "Database \"nowhere\" does not exist");
    }

    @Test
    void aServerThatIsNotPostgresql() throws Exception {
        try (FakeServer http = FakeServer.http()) {
            assertOneLineFailure(run(Map.of(), "--url", "postgresql://bob:" + WRONG_PASSWORD + "@127.0.0.1:" + http.port() + "/strat",
                    "current", linear()), ExitCodes.UNREACHABLE, "does not speak the PostgreSQL protocol");
        }
    }

    @Test
    void aPostgresqlOlderThan13() throws Exception {
        try (FakeServer old = FakeServer.postgres("12.9")) {
            assertOneLineFailure(run(Map.of(), "--url", "postgresql://bob@127.0.0.1:" + old.port() + "/strat", "current", linear()),
                    ExitCodes.UNREACHABLE, "runs PostgreSQL 12.9; stratdb needs 13 or newer");
        }
    }

    @Test
    void aNegativeLockWait() {
        assertOneLineFailure(run(Map.of(), "upgrade", "--lock-wait", "soon", linear()), ExitCodes.USAGE,
                "Invalid value for option '--lock-wait'");
    }

    @AfterAll
    static void noPasswordWasEverPrinted() {
        assertThat(EVERYTHING_PRINTED).isNotEmpty();
        for (String printed : EVERYTHING_PRINTED) {
            assertThat(printed).doesNotContain(WRONG_PASSWORD).doesNotContain(PostgresServer.PASSWORD);
        }
    }
}
