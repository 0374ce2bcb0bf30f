package org.strat.migrate.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.Migrations;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.run.DowngradeResult;
import org.strat.migrate.run.RevisionStep;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ExtendWith(FreshDatabaseExtension.class)
class DestructiveDowngradeGuardTest {

    @TempDir
    Path directory;

    @Test
    void aDowngradeThatWouldDropRowsStopsBeforeAnyStatementNamingWhatWithCounts(TestDatabase database) throws SQLException {
        MigrationContext context = TestRevisions.context(database, "adoption");
        Migrations.of(context).upgrade("head");
        addResults(database);
        CatalogSnapshot before = catalog(database);
        long logRows = Sql.count(database, "SELECT count(*) FROM stratdb_log");

        DataLossRefusedException refused = catchThrowableOfType(DataLossRefusedException.class,
                () -> new Downgrade(context, DestructiveDowngradeGuard.refusing()).run("base"));

        assertThat(refused.drops()).extracting(DataLoss.Drop::describe).containsExactly(
                "table results: 3 row(s) (DROP TABLE results, in 001_teams.sql)",
                "table teams: 2 row(s) (DROP TABLE teams, in 001_teams.sql)");
        assertThat(refused.getMessage()).startsWith("Downgrade base would remove data, so nothing was run")
                .contains("--yes").endsWith("\n  -> table results: 3 row(s) (DROP TABLE results, in 001_teams.sql)"
                        + "\n  -> table teams: 2 row(s) (DROP TABLE teams, in 001_teams.sql)");
        assertThat(catalog(database).differencesFrom(before)).isEmpty();
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log")).isEqualTo(logRows);
    }

    @Test
    void aDroppedColumnCountsOnlyTheRowsWhereItHasAValue(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "adoption");
        Migrations.of(context).upgrade("head");
        addResults(database);

        assertThat(new Downgrade(context, DestructiveDowngradeGuard.refusing()).run("002").removed()).hasSize(1);

        Migrations.of(context).upgrade("head");
        Sql.execute(database, "UPDATE results SET note = 'rain delay' WHERE runs = 3");
        DataLossRefusedException refused = catchThrowableOfType(DataLossRefusedException.class,
                () -> new Downgrade(context, DestructiveDowngradeGuard.refusing()).run("-1"));
        assertThat(refused.drops()).extracting(DataLoss.Drop::describe)
                .containsExactly("column results.note: 1 row(s) with a value (ALTER TABLE results DROP COLUMN note, in 003_notes.sql)");
    }

    @Test
    void confirmedItWritesTheSchemaDumpFirstThenDowngrades(TestDatabase database) throws IOException {
        MigrationContext context = TestRevisions.context(database, "adoption");
        Migrations.of(context).upgrade("head");
        addResults(database);
        Path dump = directory.resolve("dumps").resolve("before-downgrade.sql");
        List<DataLoss> notices = new ArrayList<>();

        DowngradeResult result = new Downgrade(context, DestructiveDowngradeGuard.dumpingFirst(dump, notices::add)).run("base");

        assertThat(result.removed()).extracting(RevisionStep::revision).containsExactly("003", "002", "001");
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.dumpFile()).isEqualTo(dump);
            assertThat(notice.drops()).extracting(DataLoss.Drop::table).containsExactly("results", "teams");
        });
        assertThat(Files.readString(dump)).contains("CREATE TABLE results (").contains("CREATE MATERIALIZED VIEW standings");
        assertThat(Sql.tables(database)).doesNotContain("results", "teams");
    }

    @Test
    void emptyTablesAreDroppedWithoutAsking(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "adoption");
        Migrations.of(context).upgrade("head");

        assertThat(new Downgrade(context, DestructiveDowngradeGuard.refusing()).run("base").to()).isEmpty();
    }

    private static void addResults(TestDatabase database) {
        Sql.execute(database, "INSERT INTO teams (name) VALUES ('Cubs'), ('Sox');"
                + " INSERT INTO results (team_id, runs) VALUES (1, 3), (1, 0), (2, 5)");
    }

    private static CatalogSnapshot catalog(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return CatalogSnapshot.of(connection);
        }
    }
}
