package org.strat.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default is private and durable, and {@code stratdb db start|stop|status|url|psql} keep it running
 * for psql and applications. Each test attacks a promise: another OS user connecting, a connection without the
 * password, a trust line, fsync.
 */
class EmbeddedServerTest {

    @TempDir
    Path project;

    private CliRun stratdb(String... args) {
        CliRun run = CliRun.of(Map.of(), project, args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.everything()).isZero();
        return run;
    }

    @Test
    void onlyItsOwnerCanReachItAndItKeepsFsyncOn() throws Exception {
        stratdb("db", "start");
        try {
            Path home = project.resolve(".strat");
            assertThat(permissions(home)).isEqualTo("rwx------");
            assertThat(permissions(home.resolve("run"))).isEqualTo("rwx------");
            assertThat(permissions(home.resolve("password"))).isEqualTo("rw-------");
            assertThat(permissions(home.resolve("pgpass"))).isEqualTo("rw-------");
            assertThat(Files.readAllLines(home.resolve("pgdata/pg_hba.conf")).stream()
                    .filter(line -> !line.startsWith("#")).toList()).noneMatch(line -> line.contains("trust"));
            String jdbc = stratdb("db", "url", "--jdbc").out().strip();
            String password = Files.readString(home.resolve("password")).strip();

            try (Connection connection = DriverManager.getConnection(jdbc, "postgres", password);
                 Statement statement = connection.createStatement()) {
                assertThat(show(statement, "fsync")).isEqualTo("on");
                assertThat(show(statement, "synchronous_commit")).isEqualTo("on");
                assertThat(show(statement, "full_page_writes")).isEqualTo("on");
                assertThat(show(statement, "listen_addresses")).isEqualTo("127.0.0.1");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(jdbc, "postgres", "postgres").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        } finally {
            stratdb("db", "stop");
        }
    }

    @Test
    void dbStartKeepsOneServerThatLaterCommandsReuseUntilDbStop() throws Exception {
        stratdb("db", "start");
        try {
            long pid = postmasterPid();
            assertThat(stratdb("upgrade", "head").out()).contains("Database now at 006_play_rules");
            assertThat(stratdb("current").out().strip()).isEqualTo("006_play_rules (head)");
            assertThat(postmasterPid()).as("the same server, not a new one").isEqualTo(pid);
            assertThat(stratdb("db", "status").out()).contains("running (pid " + pid + ", kept by \"stratdb db start\")")
                    .contains("port:   127.0.0.1:").contains("socket: " + project.resolve(".strat/run")).contains(" MB)");
            assertThat(stratdb("db", "url").out()).contains("libpq: postgresql://postgres@/strat?host=")
                    .contains("JDBC:  jdbc:postgresql://127.0.0.1:");
        } finally {
            assertThat(stratdb("db", "stop").out()).startsWith("Stopped the embedded database in ./.strat.");
        }
        assertThat(project.resolve(".strat/pgdata/postmaster.pid")).doesNotExist();
        assertThat(stratdb("db", "status").out()).startsWith("stopped: ");
    }

    @Test
    void psqlWithItsUrlWorksForTheOwnerAndAnotherOsUserIsRefused() throws Exception {
        Assumptions.assumeTrue(onPath("psql"), "psql is not installed: the owner/other-user check needs it");
        Assumptions.assumeTrue(onPath("runuser") && "root".equals(System.getProperty("user.name")),
                "needs root and runuser to act as another OS user (nobody)");
        stratdb("db", "start");
        try {
            String libpq = stratdb("db", "url", "--libpq").out().strip();
            String jdbc = stratdb("db", "url", "--jdbc").out().strip();
            String tcp = "postgresql://postgres@127.0.0.1:" + jdbc.replaceAll(".*:(\\d+)/.*", "$1") + "/strat";

            Result owner = run("psql", libpq, "-w", "-Atc", "show fsync");
            assertThat(owner.status()).as(owner.output()).isZero();
            assertThat(owner.output().strip()).isEqualTo("on");

            Result nobodySocket = run("runuser", "-u", "nobody", "--", "psql", libpq, "-w", "-Atc", "select 1");
            assertThat(nobodySocket.status()).isNotZero();
            assertThat(nobodySocket.output()).contains("Permission denied");
            Result nobodyTcp = run("runuser", "-u", "nobody", "--", "psql", tcp, "-w", "-Atc", "select 1");
            assertThat(nobodyTcp.status()).isNotZero();
            assertThat(nobodyTcp.output()).contains("no password supplied");
        } finally {
            stratdb("db", "stop");
        }
    }

    @Test
    void theBinariesLiveInADirectoryOnlyTheirUserMayWrite() throws Exception {
        stratdb("current");

        Path cache = Path.of(System.getProperty("user.home"), ".cache", "stratdb");
        assertThat(permissions(cache)).isEqualTo("rwx------");
        try (var binaries = Files.list(cache)) {
            for (Path directory : binaries.filter(path -> path.getFileName().toString().startsWith("postgres-")).toList()) {
                assertThat(permissions(directory).substring(3)).doesNotContain("w");
            }
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(project.resolve(".strat/pgdata/postmaster.pid")).get(0).strip());
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    private record Result(int status, String output) {
    }

    private static Result run(String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
