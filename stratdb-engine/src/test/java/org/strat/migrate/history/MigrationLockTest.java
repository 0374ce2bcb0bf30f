package org.strat.migrate.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(FreshDatabaseExtension.class)
class MigrationLockTest {

    @Test
    void aWaiterThatCannotGetTheLockGivesUpNamingTheHolderAndChangesNothing(TestDatabase database) throws Exception {
        MigrationContext context = TestRevisions.context(database, "linear").withLockWait(Duration.ofMillis(600));
        try (Connection holder = database.connect()) {
            int holderPid = hold(holder);

            assertThatThrownBy(() -> Migrations.of(context).upgrade("head"))
                    .isInstanceOf(MigrationLockTimeoutException.class)
                    .hasMessageContaining("server pid " + holderPid)
                    .hasMessageContaining("nothing was changed");
        }
        assertThat(Sql.tables(database)).isEmpty();
    }

    @Test
    void readOnlyCommandsAnswerWhileTheLockIsHeld(TestDatabase database) throws Exception {
        MigrationContext context = TestRevisions.context(database, "linear");
        Migrations.of(context).upgrade("002");
        try (Connection holder = database.connect()) {
            hold(holder);
            long start = System.nanoTime();

            assertThat(Migrations.of(context).current().current()).containsExactly("002");
            assertThat(Migrations.of(context).history().entries()).hasSize(3);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void theLockDiesWithItsSessionSoTheNextMigratorProceeds(TestDatabase database) throws Exception {
        MigrationContext context = TestRevisions.context(database, "linear").withLockWait(Duration.ofSeconds(10));
        Connection holder = database.connect();
        hold(holder);
        holder.close(); // what a killed migrator's session does

        assertThat(Migrations.of(context).upgrade("head").to()).containsExactly("003");
    }

    @Test
    void concurrentUpgradesApplyEachRevisionExactlyOnce(TestDatabase database) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> Migrations.of(TestRevisions.context(database, "linear")
                        .withLockWait(Duration.ofSeconds(30))).upgrade("head").applied().size()));
            }
            int applied = 0;
            for (Future<Integer> result : results) {
                applied += result.get();
            }
            assertThat(applied).isEqualTo(3);
        } finally {
            pool.shutdown();
        }
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log")).isEqualTo(3);
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_revision")).isEqualTo(3);
    }

    private static int hold(Connection connection) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?), pg_backend_pid()")) {
            statement.setLong(1, MigrationLock.KEY);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(2);
            }
        }
    }
}
