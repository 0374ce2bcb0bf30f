package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;
import org.strat.testing.UnversionedDatabase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Adopting a database through the command line: stamp, stamp --detect, and current's hint. */
@ExtendWith(FreshDatabaseExtension.class)
class StampCommandTest {

    @TempDir
    Path workingDirectory;

    private CliRun run(TestDatabase database, String... args) {
        List<String> withUrl = new ArrayList<>(List.of("--url", database.url()));
        withUrl.addAll(List.of(args));
        return CliRun.of(Map.of(), workingDirectory, withUrl.toArray(String[]::new));
    }

    private static String adoption() {
        return "--revisions-dir=" + TestRevisions.directory("adoption");
    }

    @Test
    void aRefusedStampPrintsEachDifferenceOnItsOwnLineAndExits3(TestDatabase database) {
        UnversionedDatabase.at(database, MigrationContext.of(database.settings(), RevisionSource.classpath()), "001");
        Sql.execute(database, "ALTER TABLE plays DROP COLUMN hit_location; ALTER TABLE games ALTER COLUMN status SET DEFAULT 'new'");

        CliRun run = run(database, "stamp", "001");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "Error: The database schema is not the schema of revision 001 (001_initial_schema.sql): 2 difference(s),"
                        + " so nothing was recorded. Make the schema match, online, with \"stratdb adopt 001\" (preview with"
                        + " --sql), find the revision it does match with \"stratdb stamp --detect\", or record it anyway"
                        + " with \"stratdb stamp 001 --force\".",
                "  -> games.status: default 'new' here, 'pending' in 001",
                "  -> plays.hit_location: missing");
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
    }

    @Test
    void detectNamesTheRevisionOfALegacyDatabaseAndWhatItsAlembicVersionSays(TestDatabase database) {
        UnversionedDatabase.at(database, TestRevisions.context(database, "adoption"), "002");
        Sql.execute(database, "CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY); INSERT INTO alembic_version VALUES ('002')");

        CliRun run = run(database, "stamp", "--detect", adoption());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "alembic_version says 002 (the original Python tool's version table).",
                "stratdb has recorded: nothing.",
                "The schema is revision 002 (002_standings.sql). Record it with \"stratdb stamp 002\".");
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
    }

    @Test
    void detectOnADriftedDatabaseNamesTheNearestRevisionAndExits1(TestDatabase database) {
        UnversionedDatabase.at(database, TestRevisions.context(database, "adoption"), "002");
        Sql.execute(database, "DROP INDEX idx_results_team");

        CliRun run = run(database, "stamp", "--detect", adoption());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_AT_HEAD);
        assertThat(run.out().lines()).containsExactly(
                "stratdb has recorded: nothing.",
                "No revision has this schema. Nearest: revision 002 (002_standings.sql), with 1 difference(s):",
                "  -> index idx_results_team: missing",
                "Make the schema a revision's, online, and record it with \"stratdb adopt\" (preview with \"stratdb adopt --sql\").");
    }

    @Test
    void currentOnAnUnversionedDatabaseWithTablesPointsAtStampAndThenStampRecordsIt(TestDatabase database) {
        UnversionedDatabase.at(database, TestRevisions.context(database, "adoption"), "head");
        Sql.execute(database, "CREATE TABLE alembic_version (version_num varchar(32)); INSERT INTO alembic_version VALUES ('9a1f')");

        CliRun current = run(database, "current", adoption());
        assertThat(current.out().strip()).isEqualTo("base: this database has never been migrated by stratdb (no"
                + " stratdb_revision table), but it already has 2 table(s) (alembic_version says 9a1f): it was built"
                + " without stratdb. Run \"stratdb adopt\" to make its schema the closest revision's and record it"
                + " (preview with \"stratdb adopt --sql\"), then \"stratdb upgrade head\".");
        assertThat(run(database, "current", "--json", adoption()).out())
                .contains("\"unrecorded_tables\":2,\"alembic_version\":[\"9a1f\"]");

        CliRun stamp = run(database, "stamp", "head", adoption());

        assertThat(stamp.exitCode()).isZero();
        assertThat(stamp.out().lines()).containsExactly(
                "The schema matches revision 003 (003_notes.sql); the schema was not changed.",
                "Database now at 003 (recorded: 001 + 002 + 003).");
        assertThat(run(database, "current", adoption()).out().strip()).isEqualTo("003 (head)");
        assertThat(run(database, "stamp", "head", adoption()).out()).contains("Already recorded as 003: nothing to write.");
    }

    @Test
    void forceRecordsAndListsWhatDiffers(TestDatabase database) {
        UnversionedDatabase.at(database, TestRevisions.context(database, "adoption"), "001");
        Sql.execute(database, "ALTER TABLE teams ADD COLUMN city text");

        CliRun run = run(database, "stamp", "001", "--force", adoption());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "Stamped 001 with --force although the schema differs from it in 1 way(s) (logged as \"forced\"):",
                "  -> teams.city: not in 001",
                "Database now at 001 (recorded: 001).");
    }

    @Test
    void stampNeedsATargetOrDetectButNotBoth(TestDatabase database) {
        assertThat(run(database, "stamp", adoption()).exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun both = run(database, "stamp", "001", "--detect", adoption());
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.errLines()).singleElement().asString().contains("Give a TARGET to stamp, or --detect, not both");
    }
}
