package org.strat.migrate.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.Migrations;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The migration lock attacked while a revision runs: the server idles out or terminates the session that holds
 * it, or the revision's own SQL releases it. A second migrator must never run the same revision again, and a
 * revision is never recorded once the lock is gone.
 */
@ExtendWith(FreshDatabaseExtension.class)
class LockCannotBeLostTest {

    private static final String HOLDER = "SELECT l.pid FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted"
            + " AND ((l.classid::bigint << 32) | l.objid::bigint) = " + MigrationLock.KEY;

    @TempDir
    Path temporary;

    private static MigrationContext context(TestDatabase database) {
        return TestRevisions.context(database, "lockloss").withLockWait(Duration.ofSeconds(30));
    }

    private static CompletableFuture<Object> upgradeInBackground(MigrationContext context) {
        return CompletableFuture.supplyAsync(() -> Migrations.of(context).upgrade("head"));
    }

    private static void waitForTheSlowStatement(TestDatabase database) throws InterruptedException {
        waitUntil(Duration.ofSeconds(20), () -> !Sql.column(database, "SELECT pid FROM pg_stat_activity WHERE datname = '"
                + database.name() + "' AND state = 'active' AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()").isEmpty());
    }

    /** Polls until the condition holds or the time is up; returns whether it held. */
    private static boolean waitUntil(Duration limit, java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void idleSessionTimeoutOnTheServerDoesNotLetASecondMigratorRunTheRevisionAgain(TestDatabase database) throws Exception {
        Migrations.of(context(database)).upgrade("001");
        Sql.execute(database, "ALTER DATABASE " + database.name() + " SET idle_session_timeout = '1s'");
        Sql.execute(database, "ALTER DATABASE " + database.name() + " SET idle_in_transaction_session_timeout = '1s'");

        CompletableFuture<Object> first = upgradeInBackground(context(database));
        waitForTheSlowStatement(database);
        // Either the server ends the lock's session after a second of idleness (and the lock with it), or the lock
        // outlives the revision's 4 s; a second migrator starts as soon as it could take the lock, or at 3 s.
        waitUntil(Duration.ofSeconds(3), () -> Sql.column(database, HOLDER).isEmpty());
        CompletableFuture<Object> second = upgradeInBackground(context(database));

        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        assertThat(Sql.count(database, "SELECT count(*) FROM executions WHERE revision = '002'")).as("executions of 002").isEqualTo(1);
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log WHERE revision = '002'")).isEqualTo(1);
    }

    @Test
    void terminatingTheLockHoldersBackendStopsTheWorkAndSaysSoPlainly(TestDatabase database) throws Exception {
        Migrations.of(context(database)).upgrade("001");
        Sql.execute(database, "UPDATE slow_flag SET seconds = 30");
        CompletableFuture<Object> first = upgradeInBackground(context(database));
        waitForTheSlowStatement(database);

        Sql.execute(database, "SELECT pg_terminate_backend(pid) FROM (" + HOLDER + ") holder");
        Sql.execute(database, "UPDATE slow_flag SET seconds = 0");
        Object second = Migrations.of(context(database)).upgrade("head");

        Throwable failure = catchThrowable(() -> first.get(60, TimeUnit.SECONDS));
        assertThat(second).isNotNull();
        assertThat(Sql.count(database, "SELECT count(*) FROM executions WHERE revision = '002'"))
                .as("002's first statement ran once: never again beside a migrator still running, nor on resuming")
                .isEqualTo(1);
        assertThat(failure).as("the migrator whose lock session was terminated must stop").isInstanceOf(ExecutionException.class);
        StratDbException cause = (StratDbException) failure.getCause();
        assertThat(cause.category()).isEqualTo(ErrorCategory.CONNECTION);
        assertThat(cause.getMessage()).contains("lost its connection").contains("run the command again")
                .doesNotContain("Fix the revision file");
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log WHERE revision = '002' AND direction = 'upgrade'")).isEqualTo(1);
    }

    @Test
    void aRevisionThatReleasesTheLockIsNotRecorded(TestDatabase database) throws Exception {
        Path revisions = Files.createDirectories(temporary.resolve("revisions"));
        Files.writeString(revisions.resolve("001_unlocks.sql"), """
                -- revision: 001
                -- down_revision:
                -- message: Releases every advisory lock of its session
                -- date: 2026-12-06

                -- upgrade
                CREATE TABLE unlocked (id integer);
                SELECT pg_advisory_unlock_all();

                -- downgrade
                DROP TABLE unlocked;
                """);
        MigrationContext context = MigrationContext.of(database.settings(), RevisionSource.directory(revisions))
                .withLockWait(Duration.ofSeconds(5));

        assertThatThrownBy(() -> Migrations.of(context).upgrade("head"))
                .isInstanceOf(StratDbException.class)
                .hasMessageContaining("migration lock")
                .hasMessageContaining("not recorded");
        assertThat(Sql.tables(database)).doesNotContain("unlocked");
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_revision")).isZero();
    }

    @Test
    void aServerWithTheseTimeoutsStillMigrates(TestDatabase database) throws Exception {
        Sql.execute(database, "ALTER DATABASE " + database.name() + " SET idle_in_transaction_session_timeout = '1s'");
        Sql.execute(database, "ALTER DATABASE " + database.name() + " SET idle_session_timeout = '1s'");

        assertThat(List.of(Migrations.of(context(database)).upgrade("head").to())).hasSize(1);
        assertThat(Sql.count(database, "SELECT count(*) FROM executions")).isEqualTo(1);
    }
}
