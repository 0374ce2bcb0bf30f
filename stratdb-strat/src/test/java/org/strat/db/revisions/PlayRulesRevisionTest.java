package org.strat.db.revisions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.db.ModelDdl;
import org.strat.migrate.Migrations;
import org.strat.migrate.autogen.Check;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.run.RevisionFailedException;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.LegacyDatabase;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Revision 001 is the production schema; 006_play_rules adds, online-safe, what 001 carried before it was rewritten
 * (issue 12). A database that applied the earlier 001 text reaches head with no manual step, to the same schema.
 */
@ExtendWith(FreshDatabaseExtension.class)
class PlayRulesRevisionTest {

    @TempDir
    Path revisions;

    @Test
    void aDatabaseThatAppliedTheEarlier001TextUpgradesToTheSameHeadWithoutAManualStep(TestDatabase database)
            throws IOException, URISyntaxException {
        MigrationContext before = MigrationContext.of(database.settings(), RevisionSource.directory(earlierRevisions()));
        Migrations.of(before).upgrade("005_season_lines");
        LegacyDatabase.loadGames(database, 10);
        MigrationContext now = MigrationContext.of(database.settings(), RevisionSource.classpath());

        assertThat(Migrations.of(now).upgrade("head").applied()).extracting(step -> step.revision()).containsExactly("006_play_rules");

        assertThat(LegacyDatabase.applicationCatalog(database).differencesFrom(LegacyDatabase.headCatalog())).isEmpty();
        assertThat(new Check(now, ModelDdl.stratModels()).run().differences()).isEmpty();
        assertThat(Sql.column(database, "SELECT checksum FROM stratdb_revision WHERE revision = '001'"))
                .as("the checksum it applied stays recorded").containsExactly(now.file("001").earlierChecksums().get(0));
    }

    @Test
    void upgradeAddsTheRulesToAProductionSchemaAndDowngradeTakesThemBack(TestDatabase database) throws Exception {
        MigrationContext context = MigrationContext.of(database.settings(), RevisionSource.classpath());
        Migrations.of(context).upgrade("005_season_lines");
        LegacyDatabase.loadGames(database, 10);
        CatalogSnapshot at005;
        try (var connection = database.connect()) {
            at005 = CatalogSnapshot.of(connection, CatalogSnapshot.Scope.WITHOUT_TOOL_TABLES);
        }

        Migrations.of(context).upgrade("006_play_rules");
        assertThat(Sql.column(database, "SELECT contype::text || ' ' || convalidated FROM pg_constraint"
                + " WHERE conname = 'idx_play_game_number'")).containsExactly("u true");
        new Downgrade(context).run("005_season_lines");

        try (var connection = database.connect()) {
            assertThat(CatalogSnapshot.of(connection, CatalogSnapshot.Scope.WITHOUT_TOOL_TABLES).differencesFrom(at005)).isEmpty();
        }
    }

    @Test
    void aPlayThatBreaksARuleStopsTheUpgradeWithTheRuleInForceForNewRows(TestDatabase database) {
        MigrationContext context = MigrationContext.of(database.settings(), RevisionSource.classpath());
        Migrations.of(context).upgrade("005_season_lines");
        LegacyDatabase.loadGames(database, 2);
        Sql.execute(database, "UPDATE plays SET outs_before = 5 WHERE id = (SELECT min(id) FROM plays)");

        assertThatThrownBy(() -> Migrations.of(context).upgrade("head")).isInstanceOf(RevisionFailedException.class)
                .hasMessageContaining("ALTER TABLE plays VALIDATE CONSTRAINT plays_outs_before_check")
                .hasMessageContaining("violated by some row");
        assertThatThrownBy(() -> Sql.execute(database, "UPDATE plays SET outs_before = 7 WHERE id = (SELECT max(id) FROM plays)"))
                .hasMessageContaining("plays_outs_before_check");

        Sql.execute(database, "UPDATE plays SET outs_before = 0 WHERE outs_before = 5");
        assertThat(Migrations.of(context).upgrade("head").applied()).hasSize(1);
    }

    // The project's revisions with 001 as it was before issue 12 rewrote it.
    private Path earlierRevisions() throws IOException, URISyntaxException {
        Files.copy(TestRevisions.directory("before-issue-12").resolve("001_initial_schema.sql"),
                revisions.resolve("001_initial_schema.sql"));
        Path packaged = Path.of(getClass().getClassLoader().getResource("db/revisions").toURI());
        for (String name : new String[] {"004_stat_views.sql", "005_season_lines.sql"}) {
            Files.copy(packaged.resolve(name), revisions.resolve(name));
        }
        return revisions;
    }
}
