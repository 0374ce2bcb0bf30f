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
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strat.testing.Eventually.waitUntil;

/**
 * A migrator killed mid-revision, just before its commit, or from the server side: the database stays at the last
 * completed revision and the next run proceeds at once, with nothing to unlock by hand.
 */
@ExtendWith(FreshDatabaseExtension.class)
class CrashRecoveryTest {

    @TempDir
    Path workingDirectory;

    private StratDbProcess stratdb(TestDatabase database, List<String> jvmOptions, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--url";
        all[1] = database.url();
        all[2] = "--revisions-dir";
        all[3] = TestRevisions.directory("slow").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return StratDbProcess.start(workingDirectory, jvmOptions, all);
    }

    private StratDbProcess startSlowUpgrade(TestDatabase database) {
        assertThat(stratdb(database, List.of(), "upgrade", "001").waitFor(60)).isZero();
        StratDbProcess upgrade = stratdb(database, List.of(), "upgrade", "head");
        waitUntil("the slow revision runs", () -> !Sql.column(database, "SELECT pid FROM pg_stat_activity WHERE datname = '"
                + database.name() + "' AND state = 'active' AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()").isEmpty());
        return upgrade;
    }

    private void assertAtRevision001AndTheNextUpgradeProceeds(TestDatabase database) {
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision")).containsExactly("001");
        assertThat(Sql.tables(database)).doesNotContain("created_by_slow", "after_slow");
        Sql.execute(database, "DELETE FROM slow_flag");
        Instant start = Instant.now();

        StratDbProcess next = stratdb(database, List.of(), "upgrade", "head", "--lock-wait", "60");

        assertThat(next.waitFor(60)).as(next.err()).isZero();
        assertThat(Duration.between(start, Instant.now())).as("no waiting on a dead migrator's locks").isLessThan(Duration.ofSeconds(20));
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision ORDER BY 1")).containsExactly("001", "002", "003");
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log WHERE revision = '002'")).isEqualTo(1);
    }

    @Test
    void sigkillInTheMiddleOfASlowRevision(TestDatabase database) {
        startSlowUpgrade(database).kill();

        assertAtRevision001AndTheNextUpgradeProceeds(database);
    }

    @Test
    void sigkillAfterTheRevisionSqlAndBookkeepingButBeforeItsCommit(TestDatabase database) {
        assertThat(stratdb(database, List.of(), "upgrade", "001").waitFor(60)).isZero();
        Sql.execute(database, "UPDATE slow_flag SET seconds = 0");
        StratDbProcess upgrade = stratdb(database, List.of("-Dstratdb.fault.pauseBeforeCommitMs=60000"), "upgrade", "head");
        waitUntil("the revision waits for its commit", () -> !Sql.column(database, "SELECT pid FROM pg_stat_activity WHERE datname = '"
                + database.name() + "' AND state = 'idle in transaction' AND query LIKE '%INSERT INTO stratdb_log%'").isEmpty());

        upgrade.kill();

        Sql.execute(database, "UPDATE slow_flag SET seconds = 60");
        assertAtRevision001AndTheNextUpgradeProceeds(database);
    }

    @Test
    void theMigratingBackendTerminatedFromTheServerSide(TestDatabase database) {
        StratDbProcess upgrade = startSlowUpgrade(database);

        Sql.execute(database, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database.name()
                + "' AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()");

        assertThat(upgrade.waitFor(60)).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(upgrade.err().lines().toList()).hasSize(1);
        assertThat(upgrade.err()).contains("Upgrade of revision 002 (002_slow.sql) lost its connection")
                .contains("terminat").contains("the database is at revision 001").contains("run the command again")
                .doesNotContain("Fix the revision file");
        assertAtRevision001AndTheNextUpgradeProceeds(database);
    }

    @Test
    void readOnlyCommandsAnswerAndWaitersGiveUpNamingTheHolderWhileAnUpgradeHoldsTheLock(TestDatabase database) {
        StratDbProcess upgrade = startSlowUpgrade(database);
        try {
            StratDbProcess current = stratdb(database, List.of(), "current");
            StratDbProcess history = stratdb(database, List.of(), "history");
            StratDbProcess heads = stratdb(database, List.of(), "heads");
            StratDbProcess waiter = stratdb(database, List.of(), "upgrade", "--lock-wait", "1");

            assertThat(current.waitFor(20)).isZero();
            assertThat(current.out()).startsWith("001 (not at head 003");
            assertThat(history.waitFor(20)).isZero();
            assertThat(heads.waitFor(20)).isZero();
            assertThat(waiter.waitFor(20)).isEqualTo(ExitCodes.LOCK_TIMEOUT);
            assertThat(waiter.err()).startsWith("Error: Another migration holds the lock (server pid ")
                    .contains("\"stratdb pid " + upgrade.pid() + "@").contains(" since 20")
                    .contains("nothing was changed").contains("--lock-wait");
            assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision")).containsExactly("001");
        } finally {
            upgrade.kill();
        }
    }
}
