package org.strat.migrate.adopt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.db.ModelDdl;
import org.strat.migrate.Migrations;
import org.strat.migrate.autogen.Check;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.stamp.DetectRevision;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.LegacyDatabase;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.UnversionedDatabase;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Adopting databases built the way the Python app built them (fixtures under src/test/resources/adoption): after
 * adopt and upgrade head, the catalog is that of a database stratdb built, with every row kept; what would lose or
 * rewrite data, and rows a rule would reject, are refused before anything changes.
 */
@ExtendWith(FreshDatabaseExtension.class)
class AdoptTest {

    private static final int GAMES = 60;

    private static MigrationContext project(TestDatabase database) {
        return MigrationContext.of(database.settings(), RevisionSource.classpath()).withLockWait(Duration.ofSeconds(5));
    }

    @Test
    void aCreateAllDatabaseWithGamesIsAdoptedThenUpgradesToExactlyTheSchemaOfAFreshHead(TestDatabase database) {
        LegacyDatabase.createAll(database);
        LegacyDatabase.loadGames(database, GAMES);
        List<String> counts = LegacyDatabase.rowCounts(database);
        MigrationContext context = project(database);

        AdoptResult adopted = new Adopt(context).run(null, step -> { });

        assertThat(adopted.revision()).isEqualTo("001");
        assertThat(adopted.recorded()).containsExactly("001");
        assertThat(adopted.sql()).contains("RENAME CONSTRAINT \"pk_games\" TO games_pkey".replace("\"pk_games\"", "pk_games"),
                "NOT VALID", "VALIDATE CONSTRAINT", "USING INDEX", "CREATE INDEX CONCURRENTLY idx_lineup_replacing");
        Migrations.of(context).upgrade("head");
        assertThat(LegacyDatabase.applicationCatalog(database).differencesFrom(LegacyDatabase.headCatalog())).isEmpty();
        assertThat(LegacyDatabase.rowCounts(database)).isEqualTo(counts);
        assertThat(new Check(context, ModelDdl.stratModels()).run().differences()).isEmpty();
        assertThat(Sql.column(database, "SELECT direction || ' ' || revision || ' ' || (sql IS NOT NULL) FROM stratdb_log"
                + " ORDER BY id")).startsWith("adopt 001 true");
    }

    @Test
    void anAlembicDatabaseAt004IsAdoptedAs004AndItsStatViewsKeepTheirRows(TestDatabase database) {
        LegacyDatabase.alembicAt004(database);
        LegacyDatabase.loadGames(database, GAMES);
        LegacyDatabase.refreshStatViews(database);
        Sql.execute(database, "GRANT SELECT ON batting_game_stats TO PUBLIC");
        List<String> rows = LegacyDatabase.statViewRows(database);
        MigrationContext context = project(database);
        assertThat(new DetectRevision(context).run().nearest()).as("alembic_version breaks the tie").isEqualTo("004_stat_views");

        AdoptResult adopted = new Adopt(context).run(null, step -> { });

        assertThat(adopted.revision()).isEqualTo("004_stat_views");
        assertThat(adopted.choice()).contains("alembic_version says 004_stat_views");
        assertThat(LegacyDatabase.statViewRows(database)).as("rebuilt with data, before any refresh").isEqualTo(rows);
        assertThat(Sql.column(database, "SELECT has_table_privilege('public', 'batting_game_stats', 'SELECT')"))
                .as("privileges kept by the swap").containsExactly("t");
        Migrations.of(context).upgrade("head");
        LegacyDatabase.refreshStatViews(database);
        assertThat(LegacyDatabase.statViewRows(database)).isEqualTo(rows);
        assertThat(LegacyDatabase.applicationCatalog(database).differencesFrom(LegacyDatabase.headCatalog())).isEmpty();
        assertThat(new Check(context, ModelDdl.stratModels()).run().differences()).isEmpty();
    }

    @Test
    void aDriftedColumnIsRefusedWithNothingChanged(TestDatabase database) {
        LegacyDatabase.createAll(database);
        Sql.execute(database, "ALTER TABLE plays ALTER COLUMN outcome TYPE text; ALTER TABLE games ADD COLUMN season integer");
        CatalogSnapshot before = LegacyDatabase.applicationCatalog(database);

        AdoptionRefusedException refused = catchThrowableOfType(AdoptionRefusedException.class,
                () -> new Adopt(project(database)).run(null, step -> { }));

        assertThat(refused.getMessage()).startsWith("Adopt would have to lose or rewrite data to make the schema identical to revision 001");
        assertThat(refused.reasons()).containsExactly(
                "games.season: not in 001: adopt never drops a column (its values would be lost); copy what you need and"
                        + " drop it yourself, then run \"stratdb adopt\" again",
                "plays.outcome: type text here, character varying(50) in 001: adopt never changes a column's type (the table would"
                        + " be rewritten and values converted); change it yourself in a maintenance window, then run \"stratdb adopt\" again");
        assertThat(LegacyDatabase.applicationCatalog(database).differencesFrom(before)).isEmpty();
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
        assertThat(UnversionedDatabase.scratchSchemas(database)).isZero();
    }

    @Test
    void aRowThatACheckWouldRejectIsRefusedBeforeAnyChangeAndStaysWhereItIs(TestDatabase database) {
        LegacyDatabase.createAll(database);
        Sql.execute(database, "INSERT INTO games (league_id, home_team_id, away_team_id, current_half)"
                + " VALUES ('sba', 1, 2, 'middle')");
        CatalogSnapshot before = LegacyDatabase.applicationCatalog(database);

        AdoptionRefusedException refused = catchThrowableOfType(AdoptionRefusedException.class,
                () -> new Adopt(project(database)).run(null, step -> { }));

        assertThat(refused.reasons()).hasSize(1);
        String reason = refused.reasons().get(0);
        assertThat(reason).startsWith("1 row(s) break check constraint games_current_half_check on games");
        String query = reason.substring(reason.indexOf("list them with: ") + "list them with: ".length());
        assertThat(Sql.column(database, query.replaceAll(";$", "").replace("SELECT *", "SELECT current_half")))
                .containsExactly("middle");
        assertThat(LegacyDatabase.applicationCatalog(database).differencesFrom(before)).isEmpty();
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
    }

    @Test
    void theSqlOfAnAdoptionIsShownWithoutChangingAnything(TestDatabase database) {
        LegacyDatabase.createAll(database);
        CatalogSnapshot before = LegacyDatabase.applicationCatalog(database);

        AdoptResult plan = new Adopt(project(database)).plan(null);

        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.sql()).contains("ALTER TABLE games RENAME CONSTRAINT pk_games TO games_pkey;",
                "ALTER INDEX ix_games_status RENAME TO idx_game_status;");
        assertThat(LegacyDatabase.applicationCatalog(database).differencesFrom(before)).isEmpty();
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
    }

    @Test
    void aDatabaseStratdbAlreadyRecordsIsNotAdopted(TestDatabase database) {
        MigrationContext context = project(database);
        Migrations.of(context).upgrade("001");

        MigrationRefusedException refused = catchThrowableOfType(MigrationRefusedException.class,
                () -> new Adopt(context).run(null, step -> { }));

        assertThat(refused.getMessage()).startsWith("stratdb already records revision 001 for this database");
    }
}
