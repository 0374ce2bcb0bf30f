package org.strat.migrate.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;
import org.strat.migrate.guard.DestructiveDowngradeGuard;
import org.strat.migrate.history.Direction;
import org.strat.migrate.history.RevisionProgress;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.session.MigrationTimeouts;
import org.strat.migrate.state.CurrentResult;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A revision outside a transaction that stops part-way keeps the statements it completed; the next run must
 * continue after them (not start again at the first and fail on "already exists"), after dropping the INVALID
 * index the interrupted statement left in its table's schema, and every message must say what stays applied.
 */
@ExtendWith(FreshDatabaseExtension.class)
class ResumableRevisionTest {

    private static MigrationContext context(TestDatabase database) {
        return TestRevisions.context(database, "resumable");
    }

    @Test
    void aRevisionThatFailsAtItsThirdStatementResumesThereOnceTheCauseIsFixed(TestDatabase database) {
        Migrations.of(context(database)).upgrade("001");

        StratDbException first = catchThrowableOfType(() -> Migrations.of(context(database)).upgrade("head"), StratDbException.class);

        assertThat(first.category()).isEqualTo(ErrorCategory.REVISION_FAILED);
        assertThat(first.getMessage())
                .contains("statement 3 of 5")
                .contains("could not create unique index \"idx_side_events\"")
                .contains("Key (id)=(1) is duplicated")
                .contains("statements 1-2 of 5 stay applied")
                .contains("resumes at statement 3")
                .doesNotContain("Nothing of that revision was kept");
        List<RevisionProgress> partial = Migrations.of(context(database)).log().incomplete();
        assertThat(partial).singleElement().satisfies(run -> {
            assertThat(run.revision()).isEqualTo("002");
            assertThat(run.statementsDone()).isEqualTo(2);
            assertThat(run.failure()).contains("idx_side_events");
        });
        assertThat(Sql.column(database, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'side.idx_side_events'::regclass"))
                .containsExactly("f");

        Sql.execute(database, "DELETE FROM side.events WHERE ctid = (SELECT max(ctid) FROM side.events)");
        StratDbException second = catchThrowableOfType(() -> Migrations.of(context(database)).upgrade("head"), StratDbException.class);

        assertThat(second.getMessage()).contains("statement 4 of 5").contains("Key (game)=(2) is duplicated")
                .contains("statements 1-3 of 5 stay applied");
        assertThat(Sql.column(database, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'side.idx_side_events'::regclass"))
                .containsExactly("t");

        Sql.execute(database, "DELETE FROM scores WHERE ctid = (SELECT max(ctid) FROM scores WHERE game = 2)");
        assertThat(Migrations.of(context(database)).upgrade("head").to()).containsExactly("002");

        assertThat(Sql.column(database, "SELECT game FROM scores_archive ORDER BY game")).containsExactly("42", "43");
        assertThat(Sql.column(database, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'idx_scores_game'::regclass"))
                .containsExactly("t");
        assertThat(Sql.column(database, "SELECT note FROM stratdb_log WHERE revision = '002'")).singleElement()
                .asString().contains("resumed at statement 4 of 5");
        assertThat(Migrations.of(context(database)).log().incomplete()).isEmpty();
    }

    @Test
    void aLockTimeoutPartWayResumesAfterTheStatementsThatCompleted(TestDatabase database) throws Exception {
        MigrationContext context = context(database).withTimeouts(
                new MigrationTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ZERO));
        Migrations.of(context).upgrade("001");
        Sql.execute(database, "DELETE FROM side.events WHERE ctid = (SELECT max(ctid) FROM side.events)");
        Sql.execute(database, "DELETE FROM scores WHERE ctid = (SELECT max(ctid) FROM scores WHERE game = 2)");
        try (Connection busy = database.connect(); Statement statement = busy.createStatement()) {
            busy.setAutoCommit(false);
            statement.execute("LOCK TABLE scores IN ACCESS EXCLUSIVE MODE");

            StratDbException failure = catchThrowableOfType(() -> Migrations.of(context).upgrade("head"), StratDbException.class);

            assertThat(failure.getMessage()).contains("lock_timeout").contains("statements 1-3 of 5 stay applied")
                    .contains("retry when the table is quieter").contains("run the command again");
            busy.rollback();
        }

        assertThat(Migrations.of(context).upgrade("head").to()).containsExactly("002");
        assertThat(Sql.column(database, "SELECT game FROM scores_archive ORDER BY game")).containsExactly("42", "43");
    }

    @Test
    void anEditOfTheCompletedStatementsIsRefusedInsteadOfResumingOverThem(TestDatabase database) throws Exception {
        java.nio.file.Path copy = TestRevisions.copy("resumable", java.nio.file.Files.createTempDirectory("resumable"));
        MigrationContext context = MigrationContext.of(database.settings(),
                org.strat.migrate.revision.RevisionSource.directory(copy)).withLockWait(Duration.ofSeconds(5));
        Migrations.of(context).upgrade("001");
        catchThrowableOfType(() -> Migrations.of(context).upgrade("head"), StratDbException.class);
        java.nio.file.Path file = copy.resolve("002_indexes.sql");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("VALUES (42)", "VALUES (44)"));

        MigrationContext edited = MigrationContext.of(database.settings(),
                org.strat.migrate.revision.RevisionSource.directory(copy)).withLockWait(Duration.ofSeconds(5));

        StratDbException refused = catchThrowableOfType(() -> Migrations.of(edited).upgrade("head"), StratDbException.class);

        assertThat(refused.category()).as(refused.getMessage()).isEqualTo(ErrorCategory.REFUSED);
        assertThat(refused.getMessage()).contains("statements 1-2 of 5").contains("changed since");
        assertThat(Sql.column(database, "SELECT game FROM scores_archive")).containsExactly("42");
    }

    @Test
    void anUpgradeDoesNotCallADatabaseWithAHalfRevertedRevisionUpToDate(TestDatabase database) throws Exception {
        MigrationContext context = context(database).withTimeouts(
                new MigrationTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ZERO));
        Migrations.of(context).upgrade("001");
        Sql.execute(database, "DELETE FROM side.events WHERE ctid = (SELECT max(ctid) FROM side.events)");
        Sql.execute(database, "DELETE FROM scores WHERE ctid = (SELECT max(ctid) FROM scores WHERE game = 2)");
        Migrations.of(context).upgrade("head");
        // The downgrade of 002 drops idx_scores_game, then stops at its second statement (a busy table).
        try (Connection busy = database.connect(); Statement statement = busy.createStatement()) {
            busy.setAutoCommit(false);
            statement.execute("LOCK TABLE side.events IN ACCESS EXCLUSIVE MODE");
            catchThrowableOfType(() -> new Downgrade(context, DestructiveDowngradeGuard.OFF).run("001"), StratDbException.class);
            busy.rollback();
        }
        assertThat(Sql.column(database, "SELECT to_regclass('idx_scores_game')::text")).containsOnlyNulls();

        // 002 is still recorded as applied, but its index is gone: "nothing to upgrade" would be a deploy's green
        // light on a schema that is not at head.
        StratDbException refused = catchThrowableOfType(() -> Migrations.of(context).upgrade("head"), StratDbException.class);

        assertThat(refused).as("upgrade head over a half-reverted 002").isNotNull();
        assertThat(refused.category()).isEqualTo(ErrorCategory.REFUSED);
        assertThat(refused.getMessage()).contains("downgrade of revision 002 stopped part-way")
                .contains("statement 1 of 3").contains("stratdb downgrade -1");
        CurrentResult current = Migrations.of(context).current();
        assertThat(current.atHeadAsRecorded()).isTrue();
        assertThat(current.atHead()).as("current, with 002 half reverted").isFalse();
        assertThat(current.interrupted()).singleElement().satisfies(run -> {
            assertThat(run.revision()).isEqualTo("002");
            assertThat(run.direction()).isEqualTo(Direction.DOWNGRADE);
            assertThat(run.statementsDone()).isEqualTo(1);
        });

        new Downgrade(context, DestructiveDowngradeGuard.OFF).run("001");
        assertThat(Migrations.of(context).upgrade("head").to()).containsExactly("002");
        assertThat(Sql.column(database, "SELECT to_regclass('idx_scores_game')::text")).containsExactly("idx_scores_game");
        assertThat(Migrations.of(context).current().atHead()).isTrue();
    }

    @Test
    void nothingElseRunsOverARevisionLeftPartWay(TestDatabase database) {
        Migrations.of(context(database)).upgrade("001");
        catchThrowableOfType(() -> Migrations.of(context(database)).upgrade("head"), StratDbException.class);

        StratDbException refused = catchThrowableOfType(
                () -> new Downgrade(context(database), DestructiveDowngradeGuard.OFF).run("base"), StratDbException.class);

        assertThat(refused.category()).isEqualTo(ErrorCategory.REFUSED);
        assertThat(refused.getMessage()).contains("upgrade of revision 002 stopped part-way")
                .contains("statements 1-2 of 5").contains("stratdb upgrade 002");
        assertThat(Sql.tables(database)).contains("scores", "scores_archive");
    }

    @Test
    void theShippedSeasonLinesRevisionStoppedByAStatViewRefreshResumesWhereItStopped(TestDatabase database) throws Exception {
        MigrationContext context = MigrationContext.of(database.settings(), org.strat.migrate.revision.RevisionSource.classpath())
                .withTimeouts(new MigrationTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ZERO));
        Migrations.of(context).upgrade("004_stat_views");
        try (Connection refresh = database.connect(); Statement statement = refresh.createStatement()) {
            // What a plain REFRESH MATERIALIZED VIEW holds while it runs: statements 1-2 (batting) pass, 3 (pitching) waits.
            refresh.setAutoCommit(false);
            statement.execute("REFRESH MATERIALIZED VIEW pitching_game_stats");

            StratDbException failure = catchThrowableOfType(() -> Migrations.of(context).upgrade("005_season_lines"), StratDbException.class);

            assertThat(failure.getMessage()).contains("statement 3 of 8").contains("lock_timeout")
                    .contains("statements 1-2 of 8 stay applied").contains("resumes at statement 3");
            refresh.rollback();
        }

        assertThat(Migrations.of(context).upgrade("005_season_lines").to()).containsExactly("005_season_lines");
        assertThat(Sql.column(database, "SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid")).isEmpty();
        assertThat(Sql.column(database, "SELECT note FROM stratdb_log WHERE revision = '005_season_lines'")).singleElement()
                .asString().contains("resumed at statement 3 of 8");
    }
}
