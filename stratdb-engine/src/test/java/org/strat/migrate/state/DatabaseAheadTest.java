package org.strat.migrate.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.Migrations;
import org.strat.migrate.guard.DestructiveDowngradeGuard;
import org.strat.migrate.offline.OfflineSql;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.run.DowngradeResult;
import org.strat.migrate.run.ProgressListener;
import org.strat.migrate.run.Redo;
import org.strat.migrate.run.RevisionStep;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.stamp.DetectRevision;
import org.strat.migrate.stamp.Stamp;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database ahead of the checkout (revisions applied whose files are on another branch), and databases migrated
 * before stratdb stored what it applied: every command describes them the same way, and what can be undone is.
 */
@ExtendWith(FreshDatabaseExtension.class)
class DatabaseAheadTest {

    @TempDir
    Path directory;

    private Path revisions;

    private MigrationContext context(TestDatabase database) {
        return MigrationContext.of(database.settings(), RevisionSource.directory(revisions)).withLockWait(Duration.ofSeconds(5));
    }

    /** linear applied to head, then 003's file moved away, as a checkout of a branch without it would. */
    private Path switchedAwayFrom003(TestDatabase database) throws IOException {
        revisions = TestRevisions.copy("linear", directory.resolve("revisions"));
        Migrations.of(context(database)).upgrade("head");
        Path moved = directory.resolve("003_park_index.sql");
        Files.move(revisions.resolve("003_park_index.sql"), moved);
        return moved;
    }

    @Test
    void everyCommandSaysTheSameThingAboutRevisionsNoFileDescribes(TestDatabase database) throws IOException {
        switchedAwayFrom003(database);
        String expected = "The database has revision 003 applied, which no file in " + revisions + " describes: its file is"
                + " probably on another branch. Check out the branch that has its file, or undo it with \"stratdb"
                + " downgrade 002\", which runs the downgrade SQL the database applied, and this checkout takes over"
                + " from 002.\n  -> 003 (003_park_index.sql): \"Index parks by team, concurrently\", dated 2026-11-26,"
                + " on top of 002; applied ";

        CurrentResult current = Migrations.of(context(database)).current();

        assertThat(current.aheadOfCheckout()).isTrue();
        assertThat(current.atHead()).isFalse();
        assertThat(current.unknown()).containsExactly("003");
        assertThat(current.ahead().describe()).startsWith(expected).endsWith(" by postgres");
        String message = current.ahead().describe();
        assertThatThrownBy(() -> Migrations.of(context(database)).upgrade("head")).isInstanceOf(DatabaseAheadException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> new Redo(context(database), DestructiveDowngradeGuard.OFF).run(null, ProgressListener.NONE))
                .isInstanceOf(DatabaseAheadException.class).hasMessage(message);
        assertThatThrownBy(() -> new DetectRevision(context(database)).run())
                .isInstanceOf(DatabaseAheadException.class).hasMessage(message);
        try (Connection connection = database.connect()) {
            assertThatThrownBy(() -> VerifiedState.of(context(database), connection))
                    .isInstanceOf(DatabaseAheadException.class).hasMessage(message);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        HistoryResult history = Migrations.of(context(database)).history();
        assertThat(history.ahead().describe()).isEqualTo(message);
        assertThat(history.entries()).extracting(HistoryEntry::revision, HistoryEntry::inFiles, HistoryEntry::current,
                        HistoryEntry::head, HistoryEntry::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("001", true, false, false, "Create teams"),
                        org.assertj.core.groups.Tuple.tuple("002", true, false, true, "Create parks"),
                        org.assertj.core.groups.Tuple.tuple("003", false, true, false, "Index parks by team, concurrently"));
    }

    @Test
    void aDowngradeToARevisionBothKnowRunsTheStoredDowngradeAndTheCheckoutTakesOver(TestDatabase database) throws IOException {
        Path moved = switchedAwayFrom003(database);
        List<String> notices = new java.util.ArrayList<>();

        DowngradeResult result = new Downgrade(context(database), DestructiveDowngradeGuard.refusing()).run("002",
                new ProgressListener() {
                    @Override
                    public void notice(String line) {
                        notices.add(line);
                    }

                    @Override
                    public void completed(RevisionStep step) {
                    }
                });

        assertThat(result.from()).containsExactly("003");
        assertThat(result.to()).containsExactly("002");
        assertThat(notices).containsExactly("Reverting 003 with the downgrade the database applied: no file in this"
                + " checkout has it (003_park_index.sql).");
        assertThat(Sql.column(database, "SELECT indexname FROM pg_indexes WHERE indexname = 'idx_parks_team'")).isEmpty();
        assertThat(Migrations.of(context(database)).current().atHead()).isTrue();

        Files.move(moved, revisions.resolve("003_park_index.sql"));
        assertThat(Migrations.of(context(database)).upgrade("head").to()).containsExactly("003");
    }

    @Test
    void aSiblingRevisionOnTheOtherBranchIsNotTakenForASecondHead(TestDatabase database) throws IOException {
        switchedAwayFrom003(database);
        Files.writeString(revisions.resolve("003b_park_names.sql"), """
                -- revision: 003b
                -- down_revision: 002
                -- message: Index park names
                -- date: 2026-12-06

                -- upgrade
                CREATE INDEX idx_parks_name ON parks (name);

                -- downgrade
                DROP INDEX idx_parks_name;
                """);

        assertThatThrownBy(() -> Migrations.of(context(database)).upgrade("head")).isInstanceOf(DatabaseAheadException.class)
                .hasMessageContaining("undo it with \"stratdb downgrade 002\"").hasMessageNotContaining("merge");
        assertThat(new Downgrade(context(database)).run("-1").to()).containsExactly("002");
        assertThat(Migrations.of(context(database)).upgrade("head").to()).containsExactly("003b");
    }

    @Test
    void aMergeAppliedFromAnotherBranchIsNotAnsweredWithASecondMerge(TestDatabase database) throws IOException {
        revisions = TestRevisions.copy("merge", directory.resolve("revisions"));
        Migrations.of(context(database)).upgrade("head");
        // A branch that has both sides but not the merge revision: two heads in the files, one merge in the database.
        Files.delete(revisions.resolve("003_merge.sql"));

        assertThatThrownBy(() -> Migrations.of(context(database)).upgrade("head")).isInstanceOf(DatabaseAheadException.class)
                .hasMessageStartingWith("The database has revision 003 applied")
                .hasMessageContaining("on top of 002a + 002b").hasMessageNotContaining("stratdb merge")
                .hasMessageContaining("undo it with \"stratdb downgrade -1\"");
        assertThat(Migrations.of(context(database)).history().entries())
                .extracting(HistoryEntry::revision, HistoryEntry::current, HistoryEntry::head)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("001", false, false),
                        org.assertj.core.groups.Tuple.tuple("002a", false, true),
                        org.assertj.core.groups.Tuple.tuple("002b", false, true),
                        org.assertj.core.groups.Tuple.tuple("003", true, false));
        assertThatThrownBy(() -> new DetectRevision(context(database)).run()).isInstanceOf(DatabaseAheadException.class);
        assertThat(new Downgrade(context(database)).run("-1").to()).containsExactly("002a", "002b");
        assertThat(Sql.tables(database)).contains("branch_a", "branch_b").doesNotContain("after_merge");
    }

    @Test
    void theDowngradeTargetMayBeTheRevisionOnlyTheDatabaseKnows(TestDatabase database) throws IOException {
        revisions = TestRevisions.copy("linear", directory.resolve("revisions"));
        Migrations.of(context(database)).upgrade("head");
        Files.delete(revisions.resolve("003_park_index.sql"));
        Files.delete(revisions.resolve("002_parks.sql"));

        assertThatThrownBy(() -> Migrations.of(context(database)).upgrade("head"))
                .hasMessageStartingWith("The database has revisions 002, 003 applied")
                .hasMessageContaining("undo them with \"stratdb downgrade 001\"");
        assertThat(new Downgrade(context(database)).run("002").removed()).extracting(RevisionStep::revision)
                .containsExactly("003");
        assertThatThrownBy(() -> new Downgrade(context(database)).run("zzz"))
                .isInstanceOf(org.strat.migrate.graph.UnknownRevisionException.class);
    }

    @Test
    void aDatabaseMigratedBeforeTextsWereStoredStillAnswersAndSaysWhatItCannotTell(TestDatabase database) throws IOException {
        revisions = TestRevisions.copy("linear", directory.resolve("revisions"));
        Migrations.of(context(database)).upgrade("002");
        // The previous release's shape: the same tables without applied_text.
        Sql.execute(database, "ALTER TABLE stratdb_revision DROP COLUMN applied_text");

        assertThat(Migrations.of(context(database)).current().current()).containsExactly("002");
        assertThat(Migrations.of(context(database)).history().entries()).hasSize(3);
        assertThat(appliedTextColumn(database)).as("read-only commands never alter the tables").isEmpty();

        Files.writeString(revisions.resolve("002_parks.sql"),
                Files.readString(revisions.resolve("002_parks.sql")).replace("name text)", "name text NOT NULL)"));
        assertThatThrownBy(() -> Migrations.of(context(database)).upgrade("head")).isInstanceOf(EditedRevisionException.class)
                .hasMessageContaining("this database recorded it before stratdb kept the text of applied revisions, so it"
                        + " cannot show the change or undo it as applied")
                .hasMessageNotContaining("stratdb redo");
        assertThatThrownBy(() -> new Downgrade(context(database)).run("-1")).isInstanceOf(EditedRevisionException.class)
                .hasMessageContaining("add --from-file");
        assertThatThrownBy(() -> new Redo(context(database), DestructiveDowngradeGuard.OFF).run(null, ProgressListener.NONE))
                .isInstanceOf(EditedRevisionException.class)
                .hasMessageContaining("\"stratdb downgrade 001 --from-file\", then \"stratdb upgrade head\"");
        assertThat(appliedTextColumn(database)).isEmpty();

        Files.move(revisions.resolve("002_parks.sql"), directory.resolve("002_parks.sql"));
        Files.move(revisions.resolve("003_park_index.sql"), directory.resolve("003_park_index.sql"));
        String message = Migrations.of(context(database)).current().ahead().describe();
        assertThat(message).contains("Check out the branch that has its file (this database recorded it before stratdb"
                        + " kept the text of applied revisions, so it cannot undo it without its file)")
                .contains("\n  -> 002 (002_parks.sql): applied ").contains("; its message and SQL are unknown")
                .doesNotContain("stratdb downgrade");
        assertThatThrownBy(() -> new Downgrade(context(database)).run("-1")).isInstanceOf(DatabaseAheadException.class)
                .hasMessage(message);
        // What 002 builds on is unknown, so nothing is called current, and 002 comes last.
        assertThat(Migrations.of(context(database)).history().entries())
                .extracting(HistoryEntry::revision, HistoryEntry::current, HistoryEntry::inFiles, HistoryEntry::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("001", false, true, "Create teams"),
                        org.assertj.core.groups.Tuple.tuple("002", false, false, null));
        assertThat(appliedTextColumn(database)).isEmpty();
    }

    @Test
    void anUnchangedFileOfAnOlderDatabaseIsTakenAsWhatWasAppliedAndTheFirstWriteAddsTheColumn(TestDatabase database)
            throws IOException {
        revisions = TestRevisions.copy("linear", directory.resolve("revisions"));
        Migrations.of(context(database)).upgrade("002");
        Sql.execute(database, "ALTER TABLE stratdb_revision DROP COLUMN applied_text");

        assertThat(Migrations.of(context(database)).upgrade("head").to()).containsExactly("003");

        assertThat(appliedTextColumn(database)).containsExactly("applied_text");
        assertThat(Sql.column(database, "SELECT revision || ':' || (applied_text IS NOT NULL) FROM stratdb_revision ORDER BY 1"))
                .containsExactly("001:false", "002:false", "003:true");
        assertThat(new Downgrade(context(database)).run("001").to()).containsExactly("001");
    }

    @Test
    void aDatabaseOfTheFirstReleaseGetsTheBookkeepingTablesANewOneGets(TestDatabase database) throws Exception {
        revisions = TestRevisions.copy("linear", directory.resolve("revisions"));
        Migrations.of(context(database)).upgrade("002");
        List<String> newShape = bookkeepingShape(database);
        // The first release's tables: no applied_text, no sql column, no 'adopt' direction, no stratdb_progress.
        Sql.execute(database, "ALTER TABLE stratdb_revision DROP COLUMN applied_text");
        Sql.execute(database, "ALTER TABLE stratdb_log DROP COLUMN sql");
        Sql.execute(database, "ALTER TABLE stratdb_log DROP CONSTRAINT stratdb_log_direction_check");
        Sql.execute(database, "ALTER TABLE stratdb_log ADD CONSTRAINT stratdb_log_direction_check"
                + " CHECK (direction IN ('upgrade', 'downgrade', 'stamp', 'accept'))");
        Sql.execute(database, "DROP TABLE stratdb_progress");
        assertThat(bookkeepingShape(database)).isNotEqualTo(newShape);

        assertThat(Migrations.of(context(database)).upgrade("head").to()).containsExactly("003");

        assertThat(bookkeepingShape(database)).isEqualTo(newShape);
        assertThat(Sql.column(database, "SELECT DISTINCT client_host FROM stratdb_log"))
                .as("the log names the machine as the JDK does").containsExactly(java.net.InetAddress.getLocalHost().getHostName());
    }

    /** The columns and constraints of stratdb's own tables, in a form two databases can be compared by. */
    private static List<String> bookkeepingShape(TestDatabase database) {
        List<String> shape = new java.util.ArrayList<>(Sql.column(database, "SELECT table_name || '.' || column_name"
                + " || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') || ' '"
                + " || is_identity FROM information_schema.columns WHERE table_name LIKE 'stratdb%'"
                + " ORDER BY table_name, ordinal_position"));
        shape.addAll(Sql.column(database, "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
                + " FROM pg_constraint WHERE conrelid::regclass::text LIKE 'stratdb%' ORDER BY 1"));
        shape.addAll(Sql.column(database, "SELECT indexdef FROM pg_indexes WHERE tablename LIKE 'stratdb%' ORDER BY 1"));
        return shape;
    }

    @Test
    void stampAndOfflineSqlStoreTheTextToo(TestDatabase database) throws IOException, SQLException {
        revisions = TestRevisions.copy("linear", directory.resolve("revisions"));
        String script = new OfflineSql(context(database)).upgrade("base:002");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
        assertThat(Sql.column(database, "SELECT applied_text FROM stratdb_revision ORDER BY revision"))
                .containsExactly(Files.readString(revisions.resolve("001_teams.sql")),
                        Files.readString(revisions.resolve("002_parks.sql")));

        new Stamp(context(database)).run("base", true);
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_revision")).isZero();
        new Stamp(context(database)).run("002", false);
        assertThat(Sql.column(database, "SELECT applied_text FROM stratdb_revision ORDER BY revision"))
                .containsExactly(Files.readString(revisions.resolve("001_teams.sql")),
                        Files.readString(revisions.resolve("002_parks.sql")));
    }

    private static List<String> appliedTextColumn(TestDatabase database) {
        return Sql.column(database, "SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = 'stratdb_revision' AND column_name = 'applied_text'");
    }
}
