package org.strat.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strat.testing.TestRevisions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No password in any output for any input: malformed URLs of every shape, through --url and STRAT_DATABASE_URL,
 * with and without --verbose (stack traces included), end in a settings or connection error that never shows the
 * password, and never in "internal error".
 */
class PasswordMaskingTest {

    private static final String SECRET = "Kn0ckl3r";

    @TempDir
    Path workingDirectory;

    @ParameterizedTest
    @ValueSource(strings = {
            "postgresql:/u:Kn0ckl3r@127.0.0.1/db",
            "u:Kn0ckl3r@127.0.0.1/db",
            "jdbc:postgresql:u:Kn0ckl3r@127.0.0.1/db",
            "mysql://u:Kn0ckl3r@127.0.0.1/db",
            "http://u:Kn0ckl3r@127.0.0.1/db",
            "jdbc:mysql://127.0.0.1/db?password=Kn0ckl3r",
            "postgres//u:Kn0ckl3r@127.0.0.1/db",
            "postgresql:://u:Kn0ckl3r@127.0.0.1/db",
            "postgresql://u:Kn0ckl3r%@127.0.0.1/db",
            "postgresql://u:Kn0ckl3r%zz@127.0.0.1/db",
            "postgresql://u:Kn0ckl3%72@127.0.0.1/db?sslmode=bogus",
            "postgresql://u:Kn0ckl3r@127.0.0.1:port/db",
            "postgresql://u:Kn0ckl3r@127.0.0.1:99999/db",
            "postgresql://u:Kn0ckl3r@[::1/db",
            "postgresql://u:Kn0ckl3r@127.0.0.1/db#fragment",
            "postgresql://u:Kn0ckl3r extra@127.0.0.1/db",
            "postgresql://u:Kn0ckl3r@/db?host=/var/run/postgresql",
            "postgresql://u:Kn0ckl3r@127.0.0.1/db?connect_timeout=soon",
            "jdbc:postgresql://127.0.0.1/db?password=Kn0ckl3r&user=u&sslmode=nope",
            "postgresql://u@127.0.0.1/db?password=Kn0ckl3r&target_session_attrs=sideways",
            "postgresql://u:Kn0ckl3r@127.0.0.1/db?options=%",
            "postgresql://u:Kn0ckl3r@127.0.0.1,/db?port=1,2,3",
            "postgresql://u:Kn0ckl3r@127.0.0.1/db?unknownparam=1",
            "postgresql://u:Kn0ckl3r@127.0.0.1/db?=nameless",
            "postgresql://u:Kn0ckl3r@127.0.0.1/db?hostaddr=not-an-address",
            "u:Kn0ckl3r",
            "Kn0ckl3r",
            "postgresql://u:Kn0ckl3r@127.0.0.1:1/db",
            "  postgresql://u:Kn0ckl3r@127.0.0.1:1/db?sslmode=require  ",
            "jdbc:postgresql://u:Kn0ckl3r@127.0.0.1:1/db"})
    void aMalformedUrlNeverShowsItsPassword(String url) {
        List<CliRun> runs = new ArrayList<>();
        for (boolean verbose : new boolean[] {false, true}) {
            String[] flag = verbose ? new String[] {"--verbose"} : new String[0];
            runs.add(run(Map.of(), concat(new String[] {"--url", url, "current"}, flag)));
            runs.add(run(Map.of("STRAT_DATABASE_URL", url), concat(new String[] {"current"}, flag)));
        }
        for (CliRun run : runs) {
            assertThat(run.everything()).as(url).doesNotContain(SECRET).doesNotContain("Kn0ckl3%72");
            assertThat(run.exitCode()).as(run.everything()).isIn(ExitCodes.USAGE, ExitCodes.UNREACHABLE);
            assertThat(run.err()).as(url).startsWith("Error: ").doesNotContain("internal error");
        }
    }

    private CliRun run(Map<String, String> environment, String... args) {
        String[] withRevisions = concat(args, new String[] {"--revisions-dir=" + TestRevisions.directory("linear")});
        return CliRun.of(environment, workingDirectory, withRevisions);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
