package org.strat.dist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distribution as an operator gets it: {@code stratdb-<version>.tar.gz} unpacked into a folder of its own, run
 * by {@code bin/stratdb} with a PATH that holds no {@code java} and no {@code mvn}, against a real server. Runs after
 * {@code package} (failsafe), on the archive that phase built.
 */
class DistributionIT {

    /** The only programs the launcher may need from the machine: the shell and two file-name tools. */
    private static final List<String> MACHINE_TOOLS = List.of("sh", "dirname", "readlink");

    @TempDir
    Path temp;

    private Path home;
    private Path path;
    private TestDatabase database;

    @BeforeEach
    void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("stratdb.distribution.archive"));
        assertThat(archive).as("the archive mvn package builds").isRegularFile();
        Path unpacked = Files.createDirectories(temp.resolve("opt with space"));
        Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as(new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        try (Stream<Path> top = Files.list(unpacked)) {
            home = top.findFirst().orElseThrow();
        }
        path = Files.createDirectories(temp.resolve("path"));
        for (String tool : MACHINE_TOOLS) {
            Files.createSymbolicLink(path.resolve(tool), MachineTools.which(tool));
        }
        database = TestDatabase.create("distribution");
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void theUnpackedArchiveUpgradesAndReportsWithNoJdkOrMavenOnThePath() throws Exception {
        assertThat(path.resolve("java")).doesNotExist();
        assertThat(path.resolve("mvn")).doesNotExist();
        Map<String, Long> filesBefore = filesWithTimes(home);

        Run version = run("--version");
        assertThat(version.exitCode).as(version.err).isZero();
        assertThat(version.out).startsWith("stratdb ");

        Run upgrade = run("upgrade", "head", "--url", database.url());
        assertThat(upgrade.exitCode).as(upgrade.err).isZero();
        assertThat(upgrade.out).contains("Database now at");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery(
                     "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('games', 'plays')")) {
            tables.next();
            assertThat(tables.getInt(1)).as("tables the revisions create").isEqualTo(2);
        }

        Run current = run("current", "--url", database.url());
        assertThat(current.exitCode).as(current.err).isZero();
        assertThat(current.out).contains("(head)");

        assertThat(filesWithTimes(home)).as("files of the distribution after its runs").isEqualTo(filesBefore);
    }

    @Test
    void inTheCLocaleTheOutputStaysUtf8() throws Exception {
        // As cron runs a job: no LANG, or LC_ALL=C. The JVM would then encode standard output as ASCII and print
        // '?' for every other character (a truncated revision message's ellipsis, a player's accented name); like
        // Python in that locale (PEP 538/540), the launcher keeps UTF-8.
        for (Map<String, String> locale : List.of(Map.<String, String>of(), Map.of("LC_ALL", "C"))) {
            database.drop();
            database = TestDatabase.create("distribution_locale");
            Run upgrade = run(locale, "upgrade", "head", "--url", database.url());
            assertThat(upgrade.exitCode).as(upgrade.err).isZero();
            assertThat(upgrade.out).as("with " + locale).contains("idx_play_g\u2026").doesNotContain("idx_play_g?");
        }
        Run french = run(Map.of("LC_ALL", "fr_FR.ISO-8859-1"), "--version");
        assertThat(french.exitCode).as("a locale of its own is left alone: " + french.err).isZero();
    }

    @Test
    void theClassDataArchiveIsMappedWhereverTheArchiveIsUnpacked() throws Exception {
        // A JDK 17 runtime's archive fits only the place it was built (bin/stratdb says why); there the launcher
        // leaves it out, and this test has nothing to prove.
        if (Files.exists(home.resolve("lib/stratdb.jsa.root"))) {
            return;
        }
        // -XX:AOTMode=on (a JDK 25 AOT cache) and -Xshare:on (an AppCDS archive) make a JVM that cannot map the
        // archive fail instead of running without it.
        String required = Files.exists(home.resolve("lib/stratdb.aot")) ? "-XX:AOTMode=on" : "-Xshare:on";
        Run current = run(Map.of("STRAT_JAVA_OPTS", required + " -Xlog:class+load=info:stderr"),
                "current", "--url", database.url());
        assertThat(current.exitCode).as(current.err).isIn(0, 1);
        assertThat(current.err).contains("org.strat.cli.Main source: shared objects file");
    }

    @Test
    void aFailingCommandSaysWhyOnOneLineWithItsExitCode() throws Exception {
        Run refused = run("current", "--url", "postgresql://nobody@127.0.0.1:1/none");
        assertThat(refused.exitCode).isEqualTo(5);
        assertThat(refused.out).isEmpty();
        assertThat(refused.err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    private Run run(Map<String, String> extraEnvironment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/stratdb").toString());
        command.addAll(List.of(args));
        Path work = Files.createDirectories(temp.resolve("work"));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", path.toString());
        environment.put("HOME", temp.resolve("home").toString());
        environment.putAll(extraEnvironment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/stratdb " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Map<String, Long> filesWithTimes(Path root) {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(file -> {
                try {
                    files.put(root.relativize(file).toString(), Files.getLastModifiedTime(file).toMillis());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private record Run(int exitCode, String out, String err) {
    }
}
