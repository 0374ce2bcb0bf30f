package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.StratDbProcess;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Several deploys run "stratdb upgrade head" at once: the lock lets one work, the others find nothing left to do. */
@ExtendWith(FreshDatabaseExtension.class)
class ConcurrentMigratorsTest {

    private static final int PROCESSES = 8;

    @TempDir
    Path workingDirectory;

    private List<StratDbProcess> upgradeAtOnce(TestDatabase database) {
        List<StratDbProcess> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(StratDbProcess.start(workingDirectory, "--url", database.url(), "--revisions-dir",
                    TestRevisions.directory("counting").toString(), "upgrade", "head"));
        }
        return processes;
    }

    private static void assertAllSucceeded(List<StratDbProcess> processes) {
        for (StratDbProcess process : processes) {
            assertThat(process.waitFor(120)).as(process.err()).isZero();
            assertThat(process.err()).isEmpty();
        }
    }

    @Test
    void eightProcessesOnAnEmptyDatabaseRunEachRevisionExactlyOnce(TestDatabase database) {
        List<StratDbProcess> processes = upgradeAtOnce(database);

        assertAllSucceeded(processes);
        assertThat(Sql.column(database, "SELECT revision FROM executions ORDER BY execution"))
                .containsExactly("001", "002", "003", "004");
        // The sequence also counts executions whose transaction rolled back: there were none.
        assertThat(Sql.count(database, "SELECT last_value FROM execution_counter")).isEqualTo(4);
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_revision")).isEqualTo(4);
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log")).isEqualTo(4);
        long applying = processes.stream().filter(process -> process.out().contains("Applied")).count();
        assertThat(applying).isEqualTo(1);
    }

    @Test
    void eightProcessesOnADatabaseThreeRevisionsBehindApplyTheRestOnce(TestDatabase database) {
        assertThat(StratDbProcess.start(workingDirectory, "--url", database.url(), "--revisions-dir",
                TestRevisions.directory("counting").toString(), "upgrade", "001").waitFor(60)).isZero();

        assertAllSucceeded(upgradeAtOnce(database));

        assertThat(Sql.column(database, "SELECT revision FROM executions ORDER BY execution"))
                .containsExactly("001", "002", "003", "004");
        assertThat(Sql.count(database, "SELECT last_value FROM execution_counter")).isEqualTo(4);
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log")).isEqualTo(4);
    }
}
