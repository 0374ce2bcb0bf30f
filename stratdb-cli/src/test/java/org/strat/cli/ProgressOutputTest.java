package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.StratDbProcess;
import org.strat.testing.TestDatabase;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole process whose standard error is a file, as in CI: progress is plain lines, and long steps say so. */
@ExtendWith(FreshDatabaseExtension.class)
class ProgressOutputTest {

    @TempDir
    Path workingDirectory;

    private StratDbProcess stratdb(TestDatabase database, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--url";
        all[args.length + 1] = database.url();
        return StratDbProcess.start(workingDirectory, all);
    }

    @Test
    void aLoadAndARefreshWriteNoCarriageReturnAndReportTheirLongSteps(TestDatabase database) {
        assertThat(stratdb(database, "upgrade", "head").waitFor(120)).isZero();

        StratDbProcess load = stratdb(database, "sample-data", "--games", "20", "--seed", "3");
        assertThat(load.waitFor(120)).as(load.err()).isZero();
        StratDbProcess refresh = stratdb(database, "stats", "refresh");
        assertThat(refresh.waitFor(120)).as(refresh.err()).isZero();

        assertThat(load.fullErr()).doesNotContain("\r")
                .contains("Loading 20 games in one transaction")
                .contains("Rebuilding the indexes and foreign keys dropped for the load")
                .containsPattern("Rebuilt the indexes and foreign keys in [\\d.]+ s\\.");
        assertThat(load.out()).contains("Loaded 20 sba games (seed 3)");
        assertThat(refresh.fullErr()).doesNotContain("\r").contains("Refreshing ").contains(" (1 of ");
        assertThat(refresh.out()).containsPattern("Refreshed \\w+ +plain +\\d+ ms").contains("Stat views refreshed in ");
    }
}
