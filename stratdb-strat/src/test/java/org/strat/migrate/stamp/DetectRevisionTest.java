package org.strat.migrate.stamp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.ModelSchema;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;
import org.strat.testing.UnversionedDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshDatabaseExtension.class)
class DetectRevisionTest {

    @Test
    void eachRevisionsSchemaIsNamedAndTheAlembicVersionIsReported(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "adoption");
        assertThat(new DetectRevision(context).run().matches()).containsExactly("base");

        UnversionedDatabase.at(database, context, "002");
        Sql.execute(database, "CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY);"
                + " INSERT INTO alembic_version VALUES ('4f2a9c1d0b7e')");

        DetectionResult result = new DetectRevision(context).run();

        assertThat(result.matches()).containsExactly("002");
        assertThat(result.recorded()).isEmpty();
        assertThat(result.origin().alembicSays()).isEqualTo("alembic_version says 4f2a9c1d0b7e");
        assertThat(result.origin().applicationTables()).isEqualTo(2);
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
        assertThat(UnversionedDatabase.scratchSchemas(database)).isZero();
    }

    @Test
    void aDriftedSchemaGetsTheNearestRevisionAndItsDifferences(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "adoption");
        UnversionedDatabase.at(database, context, "003");
        Sql.execute(database, "DROP INDEX idx_results_note; ALTER TABLE teams ADD COLUMN city text");

        DetectionResult result = new DetectRevision(context).run();

        assertThat(result.matched()).isFalse();
        assertThat(result.nearest()).isEqualTo("003");
        assertThat(StampTest.describe(result.nearestDifferences(), "003"))
                .containsExactly("teams.city: not in 003", "index idx_results_note: missing");
    }

    @Test
    void aDatabaseBuiltFromTheEntitiesIsHeadWithoutItsStatViews(TestDatabase database) {
        ModelSchema.create(database);

        DetectionResult result = new DetectRevision(MigrationContext.of(database.settings(), RevisionSource.classpath())).run();

        assertThat(result.matches()).isEmpty();
        assertThat(result.nearest()).isEqualTo("006_play_rules");
        assertThat(StampTest.describe(result.nearestDifferences(), "006_play_rules")).containsExactly(
                "materialized view batting_game_stats: missing", "materialized view game_stats: missing",
                "materialized view pitching_game_stats: missing");
        assertThat(result.origin().alembicSays()).isNull();
    }

    @Test
    void inspectingCountsTheApplicationsTablesButNotTheTools(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "adoption");
        Migrations.of(context).upgrade("001");
        Sql.execute(database, "CREATE TABLE alembic_version (version_num varchar(32))");

        SchemaOrigin origin = new DetectRevision(context).inspect();

        assertThat(origin.applicationTables()).isEqualTo(2);
        assertThat(origin.alembicSays()).isEqualTo("alembic_version is empty");
    }
}
