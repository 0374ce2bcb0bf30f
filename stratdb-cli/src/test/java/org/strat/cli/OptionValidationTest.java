package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strat.testing.TestRevisions;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every duration and count option is refused, with one line and exit 2, when its value would not mean what it
 * says (a timeout silently turned off, a negative wait taken as zero), and before anything is connected: the URL
 * points at a port where nothing listens, so a command that got as far as connecting would exit 5 instead.
 */
class OptionValidationTest {

    @TempDir
    Path workingDirectory;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--url";
        all[1] = "postgresql://bob@127.0.0.1:" + freePort() + "/strat";
        all[2] = "--revisions-dir=" + TestRevisions.directory("linear");
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(Map.of(), workingDirectory, all);
    }

    private static void assertRefusedBeforeConnecting(CliRun run, String option) {
        assertThat(run.exitCode()).as(run.everything()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("Error: Invalid value for option '" + option + "'").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0", "NaN", "Infinity", "0", "0.0", "0.0001", "1e3", "0x10", "-5.5", "", "86401", "1e400"})
    void lockTimeoutThatWouldTurnItselfOffOrMeanNothing(String value) {
        assertRefusedBeforeConnecting(run("upgrade", "--lock-timeout", value), "--lock-timeout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0", "NaN", "Infinity", "0.0001", "1.5e2", "86401", "abc"})
    void lockWaitThatIsNotAWait(String value) {
        assertRefusedBeforeConnecting(run("upgrade", "--lock-wait", value), "--lock-wait");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0", "NaN", "0.0004", "99999999", "Infinity"})
    void statementTimeoutThatIsNotADuration(String value) {
        assertRefusedBeforeConnecting(run("downgrade", "base", "--statement-timeout", value), "--statement-timeout");
    }

    @Test
    void theRefusalSaysWhatIsAllowed() {
        CliRun run = run("upgrade", "--lock-timeout", "0.0001");

        assertThat(run.err()).contains("finer than the millisecond").contains("at most 3 decimals");
        assertThat(run("upgrade", "--lock-timeout", "0").err()).contains("at least 0.001");
        assertThat(run("upgrade", "--lock-wait", "-1").err()).contains("0 (try once").contains("86400");
    }

    @ParameterizedTest
    @CsvSource({"0.001,upgrade", "86400,upgrade", "2.5,adopt", "0,adopt"})
    void saneValuesPassValidationAndReachTheConnection(String value, String command) {
        String option = value.equals("0") ? "--lock-wait" : "--lock-timeout";
        CliRun run = run(command, option, value);

        assertThat(run.exitCode()).as(run.everything()).isEqualTo(ExitCodes.UNREACHABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "1000001"})
    void sampleGamesOutOfRange(String value) {
        CliRun run = run("sample-data", "--games", value);

        assertThat(run.exitCode()).as(run.everything()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--games must be from 1 to 1000000");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
