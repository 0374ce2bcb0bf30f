package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.Sql;
import org.strat.testing.StratDbProcess;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 at random moments of an upgrade through a transactional revision, a ten-statement revision outside a
 * transaction (index builds and drops, inserts that fail if run twice) and another transactional one; each kill
 * is followed by a plain rerun of {@code upgrade head}, which must reach head with no manual step, every step run
 * exactly once, no INVALID index and nothing left in stratdb_progress.
 *
 * <p>{@code mvn verify} runs a few kills ({@code -Dstratdb.soak.kills=N} for a longer soak by hand; the seed is
 * printed and {@code -Dstratdb.soak.seed=S} repeats a run). It prints where each kill landed.
 */
class KillSoakTest {

    private static final int KILLS = Integer.getInteger("stratdb.soak.kills", 3);

    @TempDir
    Path workingDirectory;

    private StratDbProcess stratdb(TestDatabase database, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--url";
        all[1] = database.url();
        all[2] = "--revisions-dir";
        all[3] = TestRevisions.directory("soak").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return StratDbProcess.start(workingDirectory, all);
    }

    @Test
    void everyKillIsFollowedByARerunThatReachesHeadWithEachStepRunOnce() throws Exception {
        long seed = Long.getLong("stratdb.soak.seed", System.nanoTime());
        Random random = new Random(seed);
        Map<String, Integer> landed = new TreeMap<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            TestDatabase database = TestDatabase.create("soak" + kill);
            try {
                long delayMs = random.nextInt(3000);
                StratDbProcess upgrade = stratdb(database, "upgrade", "head");
                waitForTheLock(database, upgrade);
                Thread.sleep(delayMs);
                upgrade.kill();
                String where = whereItStopped(database);
                landed.merge(where, 1, Integer::sum);

                StratDbProcess rerun = stratdb(database, "upgrade", "head", "--lock-wait", "60");

                String context = "kill " + kill + " " + delayMs + " ms after the lock (" + where + "), seed " + seed + ": ";
                assertThat(rerun.waitFor(120)).as(context + rerun.err()).isZero();
                assertAtHeadWithEveryStepOnce(database, context);
            } finally {
                database.drop();
            }
        }
        System.out.println("KillSoakTest: " + KILLS + " kill(s), seed " + seed + ", each followed by one rerun that"
                + " reached head; where the kills landed: " + landed);
    }

    /** The random moment counts from when the migrator holds the lock, not from a JVM start whose length varies. */
    private static void waitForTheLock(TestDatabase database, StratDbProcess upgrade) throws InterruptedException {
        String holder = "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'stratdb pid " + upgrade.pid() + "@%'";
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (Sql.count(database, holder) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the upgrade never took the lock: " + upgrade.err());
            }
            Thread.sleep(20);
        }
    }

    private static String whereItStopped(TestDatabase database) {
        if (Sql.count(database, "SELECT count(*) FROM pg_tables WHERE tablename = 'stratdb_revision'") == 0) {
            return "before any bookkeeping";
        }
        List<String> applied = Sql.column(database, "SELECT revision FROM stratdb_revision ORDER BY 1");
        if (applied.isEmpty()) {
            return "in 001";
        }
        if (applied.contains("003")) {
            return "after head was reached";
        }
        if (applied.contains("002")) {
            return "in 003";
        }
        List<String> done = Sql.column(database, "SELECT statements_done FROM stratdb_progress WHERE revision = '002'");
        return done.isEmpty() ? "between 001 and 002" : "in 002 after statement " + done.get(0) + " of 10";
    }

    private static void assertAtHeadWithEveryStepOnce(TestDatabase database, String context) {
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision ORDER BY 1")).as(context)
                .containsExactly("001", "002", "003");
        assertThat(Sql.column(database, "SELECT step FROM soak_steps ORDER BY step")).as(context)
                .containsExactly("1", "4", "9", "100");
        assertThat(Sql.column(database, "SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid")).as(context).isEmpty();
        assertThat(Sql.column(database, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'idx_events_id'::regclass"))
                .as(context).containsExactly("t");
        assertThat(Sql.count(database, "SELECT count(*) FROM pg_class WHERE relname = 'idx_events_team'")).as(context).isZero();
        assertThat(Sql.tables(database)).as(context).contains("soak_after", "soak_done");
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_progress")).as(context).isZero();
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_log WHERE direction = 'upgrade' ORDER BY id"))
                .as(context).containsExactly("001", "002", "003");
    }
}
