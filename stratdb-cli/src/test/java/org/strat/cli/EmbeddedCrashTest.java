package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.StratDbProcess;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server under the faults a developer causes: a command killed with kill -9 while it works (its
 * server is left running, with no one to stop it), and two commands started at once on the same .strat.
 */
class EmbeddedCrashTest {

    @TempDir
    Path project;

    @Test
    void aCommandKilledDuringALongSampleDataLoadLeavesNothingTheNextCommandTripsOn() throws Exception {
        assertThat(StratDbProcess.start(project, "upgrade", "head").waitFor(180)).isZero();
        StratDbProcess load = StratDbProcess.start(project, "sample-data", "--games", "20000", "--seed", "7");
        Path pidFile = project.resolve(".strat/pgdata/postmaster.pid");
        waitUntil(() -> load.fullErr().contains("Database: embedded") && Files.exists(pidFile), 120);
        Thread.sleep(1500); // into the load
        assertThat(load.alive()).as("the load was still running when killed: " + load.err()).isTrue();

        load.kill();
        assertThat(pidFile).as("the killed command's server is left running").exists();

        StratDbProcess next = StratDbProcess.start(project, "current");
        assertThat(next.waitFor(180)).as(next.err()).isZero();
        assertThat(next.out().strip()).isEqualTo("006_play_rules (head)");
        assertThat(next.err()).doesNotContain("postmaster.pid").doesNotContain("Error");
        assertThat(pidFile).as("the orphan was reused, then stopped by the last user").doesNotExist();
    }

    @Test
    void twoCommandsStartedAtOnceBothSucceed() {
        StratDbProcess first = StratDbProcess.start(project, "upgrade", "head");
        StratDbProcess second = StratDbProcess.start(project, "upgrade", "head");

        assertThat(first.waitFor(240)).as(first.err()).isZero();
        assertThat(second.waitFor(240)).as(second.err()).isZero();
        assertThat(first.out() + second.out()).contains("Database now at 006_play_rules");
        assertThat(project.resolve(".strat/pgdata/postmaster.pid")).as("stopped after the last one").doesNotExist();
        assertThat(StratDbProcess.start(project, "current").waitFor(120)).isZero();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + seconds + " s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
