package org.strat.migrate.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.Migrations;
import org.strat.migrate.guard.DataLossRefusedException;
import org.strat.migrate.guard.DestructiveDowngradeGuard;
import org.strat.migrate.offline.OfflineSql;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.run.ProgressListener;
import org.strat.migrate.run.Redo;
import org.strat.migrate.run.RedoResult;
import org.strat.migrate.run.RevisionFailedException;
import org.strat.migrate.run.RevisionStep;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loop of writing a revision on a laptop: apply it before writing it, fix it after applying it, write a
 * downgrade it was applied without. Each trap of issue 18 first, then the way out of it.
 */
@ExtendWith(FreshDatabaseExtension.class)
class EverydayLoopTest {

    private static final String PARKS = """
            -- revision: 002
            -- down_revision: 001
            -- message: Create parks
            -- date: 2026-12-06

            -- upgrade
            CREATE TABLE parks (id integer PRIMARY KEY, name text);

            -- downgrade
            DROP TABLE parks;
            """;

    @TempDir
    Path directory;

    private Path revisions;

    private MigrationContext context(TestDatabase database) {
        // A fresh context each time: the files are read once per context, as once per command.
        return MigrationContext.of(database.settings(), RevisionSource.directory(revisions)).withLockWait(Duration.ofSeconds(5));
    }

    private Path linearWithParks(String parks) throws IOException {
        revisions = TestRevisions.copy("linear", directory.resolve("revisions"));
        Files.delete(revisions.resolve("003_park_index.sql"));
        Files.writeString(revisions.resolve("002_parks.sql"), parks);
        return revisions.resolve("002_parks.sql");
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aRevisionWithNoUpgradeStatementIsRefusedNamingTheFileAndNothingIsCreated(TestDatabase database) throws IOException {
        linearWithParks(PARKS.replace("CREATE TABLE parks (id integer PRIMARY KEY, name text);", "-- to do"));

        assertThatThrownBy(() -> Migrations.of(context(database)).upgrade("head"))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageStartingWith("Cannot upgrade: 002_parks.sql has no statement in the upgrade section, so nothing was run.");
        // Refused before the lock: not even the bookkeeping tables exist, and 001 (below it) was not applied either.
        assertThat(Sql.tables(database)).isEmpty();
        assertThatThrownBy(() -> new OfflineSql(context(database)).upgrade("base:head"))
                .isInstanceOf(MigrationRefusedException.class).hasMessageContaining("002_parks.sql has no statement");

        assertThat(Migrations.of(context(database)).upgrade("001").to()).containsExactly("001");
    }

    @Test
    void aMergeRevisionNeedsNoSql(TestDatabase database) throws IOException {
        revisions = TestRevisions.copy("merge", directory.resolve("revisions"));
        Files.writeString(revisions.resolve("003_merge.sql"), """
                -- revision: 003
                -- down_revision: 002a, 002b
                -- message: Merge branches a and b
                -- date: 2026-11-26

                -- upgrade

                -- downgrade
                """);

        assertThat(Migrations.of(context(database)).upgrade("head").to()).containsExactly("003");
        assertThat(new Downgrade(context(database)).run("-1").to()).containsExactly("002a", "002b");
    }

    @Test
    void theDatabaseStoresTheWholeTextOfWhatItAppliedInTheSameTransaction(TestDatabase database) throws IOException {
        Path parks = linearWithParks(PARKS);

        Migrations.of(context(database)).upgrade("head");

        assertThat(Sql.column(database, "SELECT applied_text FROM stratdb_revision WHERE revision = '002'"))
                .containsExactly(Files.readString(parks));
        new Downgrade(context(database)).run("-1");
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision")).containsExactly("001");
    }

    @Test
    void anEditedAppliedRevisionIsRefusedWithTheDiffAndTheWaysForward(TestDatabase database) throws IOException {
        Path parks = linearWithParks(PARKS);
        Migrations.of(context(database)).upgrade("head");
        edit(parks, "name text);", "name text, capacity integer);");

        assertThatThrownBy(() -> Migrations.of(context(database)).upgrade("head"))
                .isInstanceOf(EditedRevisionException.class)
                .hasMessageStartingWith("Applied revision 002 (002_parks.sql) was edited since it was applied, so nothing was run.")
                .hasMessageContaining("\"stratdb redo 002\"")
                .hasMessageContaining("\"stratdb accept-edit 002 --reason <why>\"")
                .hasMessageContaining("restore the file as applied")
                .hasMessageContaining("\n+++ 002_parks.sql (the file now)\n@@ -4,7 +4,7 @@\n")
                .hasMessageContaining("\n-CREATE TABLE parks (id integer PRIMARY KEY, name text);\n"
                        + "+CREATE TABLE parks (id integer PRIMARY KEY, name text, capacity integer);\n");
    }

    @Test
    void anEditedRevisionWithRevisionsAboveItIsPointedAtADowngradeNotAtRedo(TestDatabase database) throws IOException {
        revisions = TestRevisions.copy("linear", directory.resolve("revisions"));
        Migrations.of(context(database)).upgrade("head");
        edit(revisions.resolve("002_parks.sql"), "name text)", "name text NOT NULL)");

        assertThatThrownBy(() -> Migrations.of(context(database)).upgrade("head"))
                .hasMessageContaining("\"stratdb downgrade 001\" (it undoes 002 and the revision(s) above it, 003,")
                .hasMessageNotContaining("stratdb redo");
        assertThatThrownBy(() -> new Redo(context(database), DestructiveDowngradeGuard.OFF).run("002", ProgressListener.NONE))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageStartingWith("Cannot redo 002 (002_parks.sql): 003 is applied above it, so nothing was run.");
    }

    @Test
    void redoUndoesWithTheDowngradeItWasAppliedWithThenAppliesTheFileAsItIsNow(TestDatabase database) throws IOException {
        Path parks = linearWithParks(PARKS);
        Migrations.of(context(database)).upgrade("head");
        // The downgrade is edited too: redo must not run it, since it is not what undoes what was applied.
        edit(parks, "name text);", "name text, capacity integer);");
        edit(parks, "DROP TABLE parks;", "DROP TABLE parks_renamed_later;");
        List<String> notices = new ArrayList<>();

        RedoResult result = new Redo(context(database), DestructiveDowngradeGuard.refusing()).run(null, listener(notices));

        assertThat(result.revision()).isEqualTo("002");
        assertThat(notices).containsExactly("Reverting 002 with the downgrade it was applied with, then applying 002_parks.sql as it is now.");
        assertThat(Sql.column(database, "SELECT column_name FROM information_schema.columns WHERE table_name = 'parks' ORDER BY ordinal_position"))
                .containsExactly("id", "name", "capacity");
        assertThat(Sql.column(database, "SELECT applied_text FROM stratdb_revision WHERE revision = '002'"))
                .containsExactly(Files.readString(parks));
        assertThat(Sql.column(database, "SELECT revision || ':' || direction FROM stratdb_log ORDER BY id"))
                .containsExactly("001:upgrade", "002:upgrade", "002:downgrade", "002:upgrade");
        assertThat(Migrations.of(context(database)).upgrade("head").applied()).isEmpty();
    }

    @Test
    void redoIsRefusedWhenTheDowngradeWouldDropRowsUnlessConfirmed(TestDatabase database) throws IOException {
        Path parks = linearWithParks(PARKS);
        Migrations.of(context(database)).upgrade("head");
        Sql.execute(database, "INSERT INTO parks VALUES (1, 'Wrigley')");
        edit(parks, "name text);", "name text, capacity integer);");

        assertThatThrownBy(() -> new Redo(context(database), DestructiveDowngradeGuard.refusing()).run("002", ProgressListener.NONE))
                .isInstanceOf(DataLossRefusedException.class)
                .hasMessageStartingWith("Downgrade of 002 by redo would remove data, so nothing was run")
                .hasMessageContaining("-> table parks: 1 row(s)");
        assertThat(Sql.count(database, "SELECT count(*) FROM parks")).isEqualTo(1);
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log")).isEqualTo(2);

        Path dump = directory.resolve("dump.sql");
        new Redo(context(database), DestructiveDowngradeGuard.dumpingFirst(dump, loss -> { })).run("002", ProgressListener.NONE);
        assertThat(dump).exists();
        assertThat(Sql.count(database, "SELECT count(*) FROM parks")).isZero();
    }

    @Test
    void aRedoWhoseNewUpgradeFailsLeavesTheDatabaseBelowItAndSaysHowToGoOn(TestDatabase database) throws IOException {
        Path parks = linearWithParks(PARKS);
        Migrations.of(context(database)).upgrade("head");
        edit(parks, "name text);", "name text REFERENCES no_such_table);");

        assertThatThrownBy(() -> new Redo(context(database), DestructiveDowngradeGuard.OFF).run(null, ProgressListener.NONE))
                .isInstanceOf(RevisionFailedException.class)
                .hasMessageContaining("relation \"no_such_table\" does not exist")
                .hasMessageContaining("the database is at revision 001 (the redo undid 002 before this failed; once the file"
                        + " is fixed, apply it with \"stratdb upgrade 002\", not redo)");
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision")).containsExactly("001");
        assertThat(Sql.tables(database)).doesNotContain("parks");
    }

    @Test
    void redoNeedsAnAppliedRevisionAndOneCurrentRevisionToDefaultTo(TestDatabase database) throws IOException {
        linearWithParks(PARKS);
        assertThatThrownBy(() -> new Redo(context(database), DestructiveDowngradeGuard.OFF).run(null, ProgressListener.NONE))
                .hasMessageStartingWith("Cannot redo: no revision is applied");
        Migrations.of(context(database)).upgrade("001");
        assertThatThrownBy(() -> new Redo(context(database), DestructiveDowngradeGuard.OFF).run("002", ProgressListener.NONE))
                .hasMessageStartingWith("Cannot redo 002 (002_parks.sql): it is not applied")
                .hasMessageContaining("\"stratdb upgrade 002\"");
    }

    @Test
    void downgradeOfAnEditedRevisionRunsTheDowngradeItWasAppliedWithUnlessFromFile(TestDatabase database) throws IOException {
        Path parks = linearWithParks(PARKS);
        Migrations.of(context(database)).upgrade("head");
        edit(parks, "DROP TABLE parks;", "DROP TABLE parks; CREATE TABLE file_downgrade_ran (id integer);");
        List<String> notices = new ArrayList<>();

        new Downgrade(context(database)).run("-1", listener(notices));

        assertThat(notices).containsExactly("Reverting 002 with the downgrade it was applied with: 002_parks.sql was"
                + " edited since (--from-file runs the file's).");
        assertThat(Sql.tables(database)).doesNotContain("parks", "file_downgrade_ran");

        Migrations.of(context(database)).upgrade("head"); // applies the file as edited: its downgrade is now the applied one
        edit(parks, "file_downgrade_ran", "from_file_ran");
        notices.clear();
        new Downgrade(context(database), DestructiveDowngradeGuard.OFF, true).run("-1", listener(notices));
        assertThat(notices).containsExactly("Reverting 002 with the downgrade in 002_parks.sql as it is now (--from-file),"
                + " not the one it was applied with.");
        assertThat(Sql.tables(database)).contains("from_file_ran").doesNotContain("parks", "file_downgrade_ran");
    }

    @Test
    void aRevisionAppliedWithoutADowngradeTakesTheOneWrittenSince(TestDatabase database) throws IOException {
        Path parks = linearWithParks(PARKS.replace("DROP TABLE parks;", ""));
        Migrations.of(context(database)).upgrade("head");

        assertThatThrownBy(() -> new Downgrade(context(database)).run("-1"))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageStartingWith("Cannot downgrade -1: 002_parks.sql has an empty downgrade section, so nothing was run."
                        + " Write its downgrade SQL below \"-- downgrade\" and run this again");

        // Doing exactly what the refusal says must work, not turn into an "edited" refusal.
        Files.writeString(parks, Files.readString(parks) + "DROP TABLE parks;\n");
        List<String> notices = new ArrayList<>();
        new Downgrade(context(database)).run("-1", listener(notices));

        assertThat(notices).containsExactly("Reverting 002 with the downgrade written into 002_parks.sql since it was"
                + " applied (it was applied without one; its upgrade section is unchanged).");
        assertThat(Sql.tables(database)).doesNotContain("parks");
    }

    @Test
    void aDowngradeMeantToDoNothingSaysSoAndRunsNothing(TestDatabase database) throws IOException {
        linearWithParks(PARKS.replace("DROP TABLE parks;", "-- lint-ok empty-downgrade: the table stays, other apps use it"));
        Migrations.of(context(database)).upgrade("head");

        assertThat(new Downgrade(context(database)).run("-1").to()).containsExactly("001");
        assertThat(Sql.tables(database)).contains("parks");
    }

    private static ProgressListener listener(List<String> notices) {
        return new ProgressListener() {
            @Override
            public void notice(String line) {
                notices.add(line);
            }

            @Override
            public void completed(RevisionStep step) {
            }
        };
    }
}
