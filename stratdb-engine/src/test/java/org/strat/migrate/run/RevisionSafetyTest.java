package org.strat.migrate.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.session.MigrationTimeouts;
import org.strat.migrate.state.AcceptEdit;
import org.strat.migrate.state.EditedRevisionException;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edited files, interrupted concurrent index builds and busy tables: each is stopped or recovered, never half-done. */
@ExtendWith(FreshDatabaseExtension.class)
class RevisionSafetyTest {

    @TempDir
    Path directory;

    private MigrationContext context(TestDatabase database, Path revisions) {
        return MigrationContext.of(database.settings(), RevisionSource.directory(revisions)).withLockWait(Duration.ofSeconds(5));
    }

    @Test
    void anAppliedFileEditedLaterStopsUpgradeAndDowngradeUntilTheEditIsAccepted(TestDatabase database) throws Exception {
        Path revisions = TestRevisions.copy("linear", directory.resolve("revisions"));
        Migrations.of(context(database, revisions)).upgrade("002");
        Path teams = revisions.resolve("001_teams.sql");
        Files.writeString(teams, Files.readString(teams).replace("name text NOT NULL", "name text NOT NULL -- team name"));

        assertThatThrownBy(() -> Migrations.of(context(database, revisions)).upgrade("head"))
                .isInstanceOf(EditedRevisionException.class)
                .hasMessageStartingWith("Applied revision 001 (001_teams.sql) was edited since it was applied, so nothing was run.")
                .hasMessageContaining("\"stratdb accept-edit 001 --reason <why>\"")
                .hasMessageContaining("\n-CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL);\n"
                        + "+CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL -- team name);\n");
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision ORDER BY 1")).containsExactly("001", "002");

        AcceptEdit.AcceptEditResult accepted = new AcceptEdit(context(database, revisions)).run("001", "comment only");

        assertThat(accepted.changed()).isTrue();
        assertThat(Sql.column(database, "SELECT direction || ':' || coalesce(note, '-') FROM stratdb_log WHERE revision = '001' ORDER BY id"))
                .containsExactly("upgrade:-", "accept:comment only");
        assertThat(Migrations.of(context(database, revisions)).upgrade("head").to()).containsExactly("003");
    }

    @Test
    void acceptingAnEditNeedsAReasonAndAnAppliedRevision(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");
        Migrations.of(context).upgrade("001");

        assertThatThrownBy(() -> new AcceptEdit(context).run("001", " ")).isInstanceOf(InvalidTargetException.class);
        assertThatThrownBy(() -> new AcceptEdit(context).run("002", "why not"))
                .isInstanceOf(MigrationRefusedException.class).hasMessageContaining("is not applied");
    }

    @Test
    void renamingOrMovingAnAppliedFileDoesNotRunItAgain(TestDatabase database) throws Exception {
        Path revisions = TestRevisions.copy("linear", directory.resolve("revisions"));
        Migrations.of(context(database, revisions)).upgrade("002");
        Path moved = Files.createDirectories(directory.resolve("moved"));
        Files.move(revisions.resolve("001_teams.sql"), moved.resolve("001_create_the_teams_table.sql"));
        Files.move(revisions.resolve("002_parks.sql"), moved.resolve("002_renamed.sql"));
        Files.move(revisions.resolve("003_park_index.sql"), moved.resolve("003_park_index.sql"));

        UpgradeResult result = Migrations.of(context(database, moved)).upgrade("head");

        assertThat(result.applied()).extracting(RevisionStep::revision).containsExactly("003");
    }

    @Test
    void aConcurrentIndexBuildThatFailedIsCleanedUpAndRetriedByTheNextRun(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "cic");

        assertThatThrownBy(() -> Migrations.of(context).upgrade("head"))
                .isInstanceOf(RevisionFailedException.class)
                .hasMessageContaining("could not create unique index \"idx_scores_game\"")
                .hasMessageContaining("outside a transaction");
        assertThat(Sql.column(database, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'idx_scores_game'::regclass"))
                .containsExactly("f");

        Sql.execute(database, "DELETE FROM scores WHERE ctid = (SELECT max(ctid) FROM scores WHERE game = 2)");
        assertThat(Migrations.of(context).upgrade("head").to()).containsExactly("002");

        assertThat(Sql.column(database, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'idx_scores_game'::regclass"))
                .containsExactly("t");
        assertThat(Sql.column(database, "SELECT note FROM stratdb_log WHERE revision = '002'"))
                .containsExactly("dropped INVALID index public.idx_scores_game left by an interrupted run");
    }

    @Test
    void aConcurrentIndexBuildBlockedByALongTransactionFailsAfterLockTimeoutInsteadOfWaitingForever(TestDatabase database)
            throws Exception {
        MigrationContext context = TestRevisions.context(database, "linear").withTimeouts(
                new MigrationTimeouts(Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ZERO));
        Migrations.of(context).upgrade("002");
        try (Connection writer = database.connect(); Statement statement = writer.createStatement()) {
            writer.setAutoCommit(false);
            statement.execute("INSERT INTO parks VALUES (2, NULL, 'Fenway')"); // a write CIC must wait out

            assertThatThrownBy(() -> Migrations.of(context).upgrade("003"))
                    .isInstanceOf(RevisionFailedException.class)
                    .hasMessageContaining("lock_timeout");
            writer.rollback();
        }
        assertThat(Migrations.of(context).upgrade("003").to()).containsExactly("003");
        assertThat(Sql.column(database, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'idx_parks_team'::regclass"))
                .containsExactly("t");
    }

    @Test
    void aRevisionWaitingForABusyTableFailsFastNamingLockTimeout(TestDatabase database) throws Exception {
        MigrationContext context = TestRevisions.context(database, "linear").withTimeouts(
                new MigrationTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ZERO));
        Migrations.of(context).upgrade("001");
        try (Connection busy = database.connect(); Statement statement = busy.createStatement()) {
            busy.setAutoCommit(false);
            statement.execute("LOCK TABLE teams IN ACCESS EXCLUSIVE MODE");

            assertThatThrownBy(() -> Migrations.of(context).upgrade("002"))
                    .isInstanceOf(RevisionFailedException.class)
                    .hasMessageContaining("lock_timeout, 300 ms")
                    .hasMessageContaining("retry when the table is quieter")
                    .hasMessageContaining("the database is at revision 001");
            busy.rollback();
        }
        assertThat(Migrations.of(context).upgrade("002").to()).containsExactly("002");
    }
}
