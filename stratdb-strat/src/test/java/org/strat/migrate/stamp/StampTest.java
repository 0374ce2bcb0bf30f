package org.strat.migrate.stamp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strat.migrate.Migrations;
import org.strat.migrate.adopt.Adopt;
import org.strat.migrate.adopt.AdoptResult;
import org.strat.migrate.catalog.change.SchemaChange;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.run.InvalidTargetException;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.LegacyDatabase;
import org.strat.testing.ModelSchema;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;
import org.strat.testing.UnversionedDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ExtendWith(FreshDatabaseExtension.class)
class StampTest {

    private static final String STAT_VIEWS = "004_stat_views";

    private static MigrationContext project(TestDatabase database) {
        return MigrationContext.of(database.settings(), RevisionSource.classpath()).withLockWait(Duration.ofSeconds(5));
    }

    @Test
    void aDatabaseBuiltFromTheEntitiesIsAdoptedAtHeadWithItsStatViewsBuilt(TestDatabase database) {
        ModelSchema.create(database);
        MigrationContext context = project(database);

        AdoptResult adopted = new Adopt(context).run(null, step -> { });

        assertThat(adopted.recorded()).endsWith(Migrations.of(context).current().heads().get(0));
        assertThat(Migrations.of(context).current().atHead()).isTrue();
        // Hibernate lists columns alphabetically; adopt never reorders them (that would rewrite the tables).
        assertThat(LegacyDatabase.withoutColumnPositions(LegacyDatabase.applicationCatalog(database))
                .differencesFrom(LegacyDatabase.withoutColumnPositions(LegacyDatabase.headCatalog()))).isEmpty();
    }

    @Test
    void aDatabaseWithTheStatViewsStampsAs004(TestDatabase database) {
        MigrationContext context = project(database);
        UnversionedDatabase.at(database, context, STAT_VIEWS);

        assertThat(new DetectRevision(context).run().matches()).containsExactly(STAT_VIEWS);
        assertThat(new Stamp(context).run(STAT_VIEWS, false).recorded()).containsExactly("001", STAT_VIEWS);
    }

    @Test
    void aUniqueConstraintWhereTheRevisionHasAUniqueIndexIsADifference(TestDatabase database) {
        MigrationContext context = project(database);
        UnversionedDatabase.at(database, context, "001");
        // They enforce the same rule, but 006's "ADD CONSTRAINT idx_play_game_number ... USING INDEX" would fail on
        // the constraint, so stamp must refuse until the schema is made to match (stratdb adopt does).
        Sql.execute(database, "DROP INDEX idx_play_game_number;"
                + " ALTER TABLE plays ADD CONSTRAINT idx_play_game_number UNIQUE (game_id, play_number)");

        StampMismatchException refused = catchThrowableOfType(StampMismatchException.class,
                () -> new Stamp(context).run("001", false));

        assertThat(describe(refused.differences())).containsExactly(
                "unique constraint idx_play_game_number on plays: UNIQUE (game_id, play_number) not in 001",
                "index idx_play_game_number: missing");
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
    }

    @Test
    void aStatViewWithAnotherDefinitionIsRefused(TestDatabase database) {
        MigrationContext context = project(database);
        UnversionedDatabase.at(database, context, "001");
        // Made by hand with one mistake: both teams' errors counted from the top half.
        context.file(STAT_VIEWS).upgradeStatements().stream()
                .map(statement -> statement.replace("sum(error) FILTER (WHERE half = 'bottom')", "sum(error) FILTER (WHERE half = 'top')"))
                .forEach(statement -> Sql.execute(database, statement));

        StampMismatchException refused = catchThrowableOfType(StampMismatchException.class,
                () -> new Stamp(context).run(STAT_VIEWS, false));

        assertThat(describe(refused.differences(), STAT_VIEWS)).containsExactly("materialized view game_stats: definition differs");
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a missing column          | ALTER TABLE plays DROP COLUMN hit_location | plays.hit_location: missing
            an extra index            | CREATE INDEX idx_play_inning ON plays (inning) | index idx_play_inning on plays USING btree (inning): not in 001
            a changed default         | ALTER TABLE games ALTER COLUMN status SET DEFAULT 'new' | games.status: default 'new' here, 'pending' in 001
            a changed type            | ALTER TABLE plays ALTER COLUMN hit_location TYPE varchar(10) | plays.hit_location: type character varying(10) here, character varying(5) in 001
            a missing CHECK           | ALTER TABLE games DROP CONSTRAINT games_status_check | check constraint games_status_check on games: missing
            another ON DELETE rule    | ALTER TABLE plays DROP CONSTRAINT plays_roll_id_fkey, ADD CONSTRAINT plays_roll_id_fkey FOREIGN KEY (roll_id) REFERENCES rolls (roll_id) ON DELETE CASCADE | foreign key plays_roll_id_fkey on plays: ON DELETE CASCADE here, SET NULL in 001
            a dropped NOT NULL        | ALTER TABLE plays ALTER COLUMN outcome DROP NOT NULL | plays.outcome: nullable here, NOT NULL in 001
            an extra column           | ALTER TABLE games ADD COLUMN season integer | games.season: not in 001
            """)
    void aDatabaseThatDiffersFrom001ByOneThingIsRefusedNamingItAndNothingIsRecorded(String difference, String change,
                                                                                    String expected, TestDatabase database) {
        MigrationContext context = project(database);
        UnversionedDatabase.at(database, context, "001");
        Sql.execute(database, change);

        StampMismatchException refused = catchThrowableOfType(StampMismatchException.class,
                () -> new Stamp(context).run("001", false));

        assertThat(describe(refused.differences())).as(difference).containsExactly(expected);
        assertThat(refused.getMessage()).contains("\n  -> " + expected).contains("stratdb stamp 001 --force");
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
        assertThat(UnversionedDatabase.scratchSchemas(database)).isZero();
    }

    @Test
    void aViewWithAnotherDefinitionIsRefused(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "adoption");
        UnversionedDatabase.at(database, context, "002");
        Sql.execute(database, "CREATE OR REPLACE VIEW team_runs AS SELECT t.id AS team_id, t.name,"
                + " coalesce(sum(r.runs * 2), 0) AS runs FROM teams t LEFT JOIN results r ON r.team_id = t.id GROUP BY t.id, t.name");

        assertThatThrownBy(() -> new Stamp(context).run("002", false))
                .isInstanceOfSatisfying(StampMismatchException.class, refused ->
                        assertThat(describe(refused.differences(), "002")).containsExactly("view team_runs: definition differs"));
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
    }

    @Test
    void stampingAMatchingDatabaseWritesOnlyBookkeeping(TestDatabase database) throws SQLException {
        MigrationContext context = TestRevisions.context(database, "adoption");
        UnversionedDatabase.at(database, context, "head");
        CatalogSnapshot before = catalog(database, CatalogSnapshot.Scope.EVERYTHING);

        StampResult result = new Stamp(context).run("head", false);

        assertThat(result.recorded()).containsExactly("001", "002", "003");
        assertThat(result.differences()).isEmpty();
        CatalogSnapshot after = catalog(database, CatalogSnapshot.Scope.EVERYTHING);
        assertThat(after.differencesFrom(before)).allSatisfy(line -> assertThat(line).contains("stratdb_"));
        assertThat(catalog(database, CatalogSnapshot.Scope.WITHOUT_TOOL_TABLES))
                .isEqualTo(catalogWithoutToolTables(before));
        assertThat(Sql.column(database, "SELECT revision || ':' || direction || ':' || note FROM stratdb_log ORDER BY id"))
                .containsExactly("001:stamp:verified", "002:stamp:verified", "003:stamp:verified");
        assertThat(Migrations.of(context).current().atHead()).isTrue();
        assertThat(UnversionedDatabase.scratchSchemas(database)).isZero();
    }

    @Test
    void forceRecordsADifferingDatabaseAndLogsThatItWasForced(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "adoption");
        UnversionedDatabase.at(database, context, "001");
        Sql.execute(database, "ALTER TABLE results ALTER COLUMN runs DROP DEFAULT");

        StampResult result = new Stamp(context).run("001", true);

        assertThat(result.forced()).isTrue();
        assertThat(describe(result.differences())).containsExactly("results.runs: default none here, 0 in 001");
        assertThat(Sql.column(database, "SELECT revision || ':' || direction || ':' || note FROM stratdb_log"))
                .containsExactly("001:stamp:forced");
        assertThat(Sql.column(database, "SELECT column_default FROM information_schema.columns"
                + " WHERE table_name = 'results' AND column_name = 'runs'")).containsOnlyNulls();
    }

    @Test
    void stampingALowerRevisionOrBaseUnrecordsWhatIsAbove(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "adoption");
        Migrations.of(context).upgrade("head");
        new Downgrade(context).run("001");
        Sql.execute(database, "INSERT INTO stratdb_revision (revision, checksum, file_name, duration_ms)"
                + " SELECT '002', 'x', '002_standings.sql', 0");   // bookkeeping that lies: 002 is not there

        StampResult result = new Stamp(context).run("001", false);

        assertThat(result.removed()).containsExactly("002");
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision")).containsExactly("001");
        assertThat(Sql.column(database, "SELECT note FROM stratdb_log WHERE direction = 'stamp'"))
                .containsExactly("removed, verified");
        Sql.execute(database, "DROP TABLE results, teams");
        assertThat(new Stamp(context).run("base", false).removed()).containsExactly("001");
    }

    @Test
    void revisionsBuiltOutsideATransactionAreBuiltInTheScratchSchemaWithoutConcurrently(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");
        UnversionedDatabase.at(database, context, "003");

        assertThat(new Stamp(context).run("003", false).recorded()).containsExactly("001", "002", "003");
    }

    @Test
    void stampTakesOneRevision(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "adoption");

        assertThatThrownBy(() -> new Stamp(context).run("+1", false)).isInstanceOf(InvalidTargetException.class);
        assertThatThrownBy(() -> new Stamp(context).run("heads", false)).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("stratdb stamp --detect");
    }

    static List<String> describe(List<SchemaChange> changes) {
        return describe(changes, "001");
    }

    static List<String> describe(List<SchemaChange> changes, String revision) {
        return changes.stream().map(change -> change.describe("in " + revision)).toList();
    }

    private static CatalogSnapshot catalog(TestDatabase database, CatalogSnapshot.Scope scope) throws SQLException {
        try (Connection connection = database.connect()) {
            return CatalogSnapshot.of(connection, scope);
        }
    }

    private static CatalogSnapshot catalogWithoutToolTables(CatalogSnapshot snapshot) {
        return new CatalogSnapshot(snapshot.lines().stream().filter(line -> !line.contains("stratdb_")).toList());
    }
}
