package org.strat.migrate.autogen;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.db.ModelDdl;
import org.strat.migrate.Migrations;
import org.strat.migrate.autogen.fixtures.LeagueModels;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.state.EditedRevisionException;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;
import org.strat.testing.UnversionedDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(FreshDatabaseExtension.class)
class CheckTest {

    @TempDir
    Path revisions;

    private static MigrationContext project(TestDatabase database) {
        return MigrationContext.of(database.settings(), RevisionSource.classpath()).withLockWait(Duration.ofSeconds(5));
    }

    /** What keeps the entities and the revisions in step: it stays in the suite for good. */
    @Test
    @DisplayName("At head, models and migrations agree")
    void atHeadModelsAndMigrationsAgree(TestDatabase database) {
        MigrationContext context = project(database);
        Migrations.of(context).upgrade("head");

        CheckResult result = new Check(context, ModelDdl.stratModels()).run();

        assertThat(result.atHead()).isTrue();
        assertThat(result.differences()).extracting(change -> change.describe(Check.TARGET)).isEmpty();
        assertThat(UnversionedDatabase.scratchSchemas(database)).isZero();
    }

    @Test
    void aDatabaseBelowHeadIsNotComparedAndSaysWhatToRun(TestDatabase database) {
        MigrationContext context = project(database);
        Migrations.of(context).upgrade("001");

        CheckResult result = new Check(context, ModelDdl.stratModels()).run();

        assertThat(result.atHead()).isFalse();
        assertThat(result.passed()).isFalse();
        assertThat(result.differences()).isEmpty();
        assertThat(result.notAtHeadReason()).startsWith("The database is at 001, not at head 006_play_rules (3 revision(s) pending)")
                .contains("\"stratdb upgrade head\"");
        assertThatThrownBy(() -> new Check(context, ModelDdl.stratModels()).check()).isInstanceOf(DifferencesFoundException.class)
                .hasMessage(result.notAtHeadReason());
    }

    @Test
    void eachDifferenceIsListedAgainstTheModels(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "autogen");
        Migrations.of(context).upgrade("head");
        Sql.execute(database, "ALTER TABLE parks ADD COLUMN roof boolean; ALTER TABLE parks ALTER COLUMN capacity SET DEFAULT 1;"
                + " CREATE TABLE owners (id integer PRIMARY KEY)");

        CheckResult result = new Check(context, ModelDdl.of(LeagueModels.COLUMN.entityClasses())).run();

        assertThat(result.differences()).extracting(change -> change.describe(Check.TARGET)).containsExactly(
                "table owners: not in the models",
                "parks.capacity: default 1 here, none in the models",
                "parks.roof: not in the models",
                "teams.city: missing");
        assertThatThrownBy(() -> new Check(context, ModelDdl.of(LeagueModels.COLUMN.entityClasses())).check())
                .isInstanceOf(DifferencesFoundException.class)
                .hasMessageContaining("differs from the models in 4 way(s)")
                .hasMessageContaining("\n  -> teams.city: missing");
    }

    @Test
    void viewsSequencesOfTheirOwnAndTheToolsTablesAreNotTheModelsToDescribe(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "autogen");
        Migrations.of(context).upgrade("head");
        Sql.execute(database, "CREATE VIEW team_names AS SELECT name FROM teams;"
                + " CREATE MATERIALIZED VIEW park_sizes AS SELECT id, capacity FROM parks;"
                + " CREATE UNIQUE INDEX idx_park_sizes ON park_sizes (id);"
                + " CREATE SEQUENCE ticket_numbers;"
                + " CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)");

        assertThat(new Check(context, ModelDdl.of(LeagueModels.BASELINE.entityClasses())).check().passed()).isTrue();
    }

    @Test
    void anAppliedRevisionFileEditedSinceItRanIsReported(TestDatabase database) throws IOException {
        Path directory = TestRevisions.copy("autogen", revisions.resolve("autogen"));
        MigrationContext context = MigrationContext.of(database.settings(), RevisionSource.directory(directory));
        Migrations.of(context).upgrade("head");
        Path file = directory.resolve("001_league.sql");
        Files.writeString(file, Files.readString(file).replace("capacity integer", "capacity bigint"));

        MigrationContext edited = MigrationContext.of(database.settings(), RevisionSource.directory(directory));
        assertThatThrownBy(() -> new Check(edited, ModelDdl.of(LeagueModels.BASELINE.entityClasses())).run())
                .isInstanceOf(EditedRevisionException.class)
                .hasMessageContaining("001_league.sql")
                .hasMessageContaining("stratdb accept-edit");
    }
}
