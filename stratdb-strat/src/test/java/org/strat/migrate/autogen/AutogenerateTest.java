package org.strat.migrate.autogen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.strat.db.ModelDdl;
import org.strat.migrate.Migrations;
import org.strat.migrate.autogen.fixtures.LeagueModels;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionFileParser;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;
import org.strat.testing.UnversionedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Autogenerate against test-only entity sets ({@link LeagueModels}) over revisions/autogen, whose 001 is the
 * baseline: each difference yields a revision that applies, round-trips and leaves check passing, and a second
 * autogenerate then finds nothing.
 */
@ExtendWith(FreshDatabaseExtension.class)
class AutogenerateTest {

    @TempDir
    Path workingDirectory;

    private Path revisions;

    // A new context each time: a context reads the revision files once, and autogenerate adds one.
    private MigrationContext context(TestDatabase database) {
        if (revisions == null) {
            revisions = TestRevisions.copy("autogen", workingDirectory.resolve("revisions"));
        }
        return MigrationContext.of(database.settings(), RevisionSource.directory(revisions)).withLockWait(Duration.ofSeconds(5));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(names = {"COLUMN", "TABLE", "INDEX", "UNIQUE", "CHECK", "FOREIGN_KEY", "TYPE", "NULLABILITY", "DEFAULT"})
    void addingToTheModelsAutogeneratesARevisionThatRoundTripsAndConverges(LeagueModels models, TestDatabase database)
            throws SQLException {
        Migrations.of(context(database)).upgrade("head");

        assertRoundTrip(database, models);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(names = {"COLUMN", "TABLE", "INDEX", "UNIQUE", "CHECK", "FOREIGN_KEY", "TYPE", "NULLABILITY", "DEFAULT"})
    void removingFromTheModelsAutogeneratesTheReverseRevision(LeagueModels models, TestDatabase database) throws SQLException {
        Migrations.of(context(database)).upgrade("head");
        new Autogenerate(context(database), ModelDdl.of(models.entityClasses())).run("add");
        Migrations.of(context(database)).upgrade("head");

        assertRoundTrip(database, LeagueModels.BASELINE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            COLUMN      | teams.city: missing                                                    | ALTER TABLE teams ADD COLUMN city character varying(40) DEFAULT 'unknown'::character varying NOT NULL;
            TABLE       | table umpires: missing                                                 | ALTER TABLE umpires ADD CONSTRAINT umpires_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams(id);
            INDEX       | index idx_team_name: missing                                           | CREATE INDEX idx_team_name ON teams USING btree (name);
            UNIQUE      | unique constraint uq_park_team_name on parks: missing                  | ALTER TABLE parks ADD CONSTRAINT uq_park_team_name UNIQUE (team_id, name);
            CHECK       | check constraint parks_name_check on parks: missing                    | ALTER TABLE parks ADD CONSTRAINT parks_name_check CHECK (((name)::text = ANY ((ARRAY['Wrigley'::character varying, 'Fenway'::character varying, 'Kauffman'::character varying]::character varying[])::text[])));
            FOREIGN_KEY | foreign key parks_team_id_fkey on parks: missing                       | ALTER TABLE parks ADD CONSTRAINT parks_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams(id) ON DELETE CASCADE;
            TYPE        | teams.name: type character varying(40) here, character varying(60) in the models | ALTER TABLE teams ALTER COLUMN name TYPE character varying(60);
            NULLABILITY | parks.capacity: nullable here, NOT NULL in the models                  | ALTER TABLE parks ALTER COLUMN capacity SET NOT NULL;
            DEFAULT     | parks.capacity: default none here, 30000 in the models                 | ALTER TABLE parks ALTER COLUMN capacity SET DEFAULT 30000;
            """)
    void eachDifferenceIsDetectedAndWrittenAsItsStatement(LeagueModels models, String difference, String statement,
                                                          TestDatabase database) {
        Migrations.of(context(database)).upgrade("head");

        AutogenerateResult result = new Autogenerate(context(database), ModelDdl.of(models.entityClasses())).run("change");

        assertThat(result.changes()).extracting(change -> change.describe(Check.TARGET)).contains(difference);
        assertThat(upgradeSection(result)).contains(statement);
    }

    @Test
    void aDroppedColumnComesBackInTheDowngradeWithItsTypeNullabilityAndDefault(TestDatabase database) {
        Migrations.of(context(database)).upgrade("head");
        new Autogenerate(context(database), ModelDdl.of(LeagueModels.COLUMN.entityClasses())).run("add city");
        Migrations.of(context(database)).upgrade("head");

        AutogenerateResult dropped = new Autogenerate(context(database), ModelDdl.of(LeagueModels.BASELINE.entityClasses())).run("drop city");

        assertThat(upgradeSection(dropped)).contains("ALTER TABLE teams DROP COLUMN city;");
        assertThat(downgradeSection(dropped))
                .contains("ALTER TABLE teams ADD COLUMN city character varying(40) DEFAULT 'unknown'::character varying NOT NULL;");
    }

    @Test
    void aRenameIsADropAndAnAddWithANoteBetweenThem(TestDatabase database) {
        Migrations.of(context(database)).upgrade("head");

        AutogenerateResult result = new Autogenerate(context(database), ModelDdl.of(LeagueModels.RENAME.entityClasses())).run("rename name");

        assertThat(result.changes()).extracting(change -> change.describe(Check.TARGET))
                .containsExactly("teams.full_name: missing", "teams.name: not in the models");
        String upgrade = upgradeSection(result);
        assertThat(upgrade).containsSubsequence(
                "ALTER TABLE teams DROP COLUMN name;",
                "ALTER TABLE teams ADD COLUMN full_name character varying(40) NOT NULL;");
        assertThat(upgrade.substring(0, upgrade.indexOf("DROP COLUMN name")))
                .contains("-- If name was renamed to full_name (added below), replace this DROP and ADD with")
                .contains("\"ALTER TABLE teams RENAME COLUMN name TO <new name>;\"");
        assertThat(text(result)).contains("-- * Renames: a renamed table or column appears as a DROP and an ADD");
    }

    @Test
    void aTableTheModelsDoNotMapIsDroppedWithAWarningButTheStatViewsAndToolTablesAreNot(TestDatabase database)
            throws SQLException {
        Migrations.of(context(database)).upgrade("head");
        Sql.execute(database, "CREATE TABLE owners (id integer PRIMARY KEY, team_id integer REFERENCES teams (id));"
                + " CREATE MATERIALIZED VIEW park_sizes AS SELECT id, capacity FROM parks;"
                + " CREATE UNIQUE INDEX idx_park_sizes ON park_sizes (id)");

        AutogenerateResult result = new Autogenerate(context(database), ModelDdl.of(LeagueModels.BASELINE.entityClasses())).run("drop owners");

        assertThat(result.changes()).extracting(change -> change.describe(Check.TARGET))
                .containsExactly("table owners: not in the models");
        assertThat(upgradeSection(result)).contains("-- No entity maps owners: this drops the table and every row in it")
                .contains("DROP TABLE owners;").doesNotContain("park_sizes").doesNotContain("stratdb_");
        Migrations.of(context(database)).upgrade("head");
        assertThat(new Check(context(database), ModelDdl.of(LeagueModels.BASELINE.entityClasses())).run().passed()).isTrue();
        new Downgrade(context(database)).run("-1");
        assertThat(Sql.tables(database)).contains("owners");
    }

    @Test
    void noDifferenceWritesNothing(TestDatabase database) throws IOException {
        Migrations.of(context(database)).upgrade("head");

        AutogenerateResult result = new Autogenerate(context(database), ModelDdl.of(LeagueModels.BASELINE.entityClasses())).run("nothing");

        assertThat(result.written()).isFalse();
        assertThat(result.parent()).isEqualTo("001");
        try (var files = Files.list(revisions)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseBelowHeadIsRefusedWithTheCommandToRun(TestDatabase database) {
        Migrations.of(context(database)).upgrade("head");
        new Autogenerate(context(database), ModelDdl.of(LeagueModels.COLUMN.entityClasses())).run("add city");

        assertThatThrownBy(() -> new Autogenerate(context(database), ModelDdl.of(LeagueModels.COLUMN.entityClasses())).run("again"))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("not at head")
                .hasMessageContaining("\"stratdb upgrade head\"")
                .hasMessageContaining("nothing was written");
        assertThat(UnversionedDatabase.scratchSchemas(database)).isZero();
    }

    /** Generates the revision to {@code models}, then upgrade, downgrade, upgrade, checking the schema at each step. */
    private void assertRoundTrip(TestDatabase database, LeagueModels models) throws SQLException {
        CatalogSnapshot before = catalog(database);

        AutogenerateResult result = new Autogenerate(context(database), ModelDdl.of(models.entityClasses())).run("to " + models);
        assertThat(result.written()).isTrue();

        Migrations.of(context(database)).upgrade("head");
        assertThat(new Check(context(database), ModelDdl.of(models.entityClasses())).run().differences()).isEmpty();
        CatalogSnapshot after = catalog(database);
        assertThat(after.differencesFrom(before)).isNotEmpty();

        new Downgrade(context(database)).run("-1");
        assertThat(catalog(database).differencesFrom(before)).isEmpty();

        Migrations.of(context(database)).upgrade("head");
        assertThat(catalog(database).differencesFrom(after)).isEmpty();
        assertThat(new Check(context(database), ModelDdl.of(models.entityClasses())).check().passed()).isTrue();

        assertThat(new Autogenerate(context(database), ModelDdl.of(models.entityClasses())).run("again").written())
                .as("a second autogenerate after applying the first").isFalse();
    }

    private static CatalogSnapshot catalog(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return CatalogSnapshot.of(connection, CatalogSnapshot.Scope.WITHOUT_TOOL_TABLES);
        }
    }

    private static String text(AutogenerateResult result) {
        try {
            return Files.readString(result.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String upgradeSection(AutogenerateResult result) {
        String text = text(result);
        return text.substring(text.indexOf("\n-- upgrade\n"), text.indexOf("\n-- downgrade\n"));
    }

    private static String downgradeSection(AutogenerateResult result) {
        String text = text(result);
        RevisionFile parsed = RevisionFileParser.parse(result.file().getFileName().toString(), text);
        assertThat(parsed.downgradeStatements()).isNotEmpty();
        return text.substring(text.indexOf("\n-- downgrade\n"));
    }
}
