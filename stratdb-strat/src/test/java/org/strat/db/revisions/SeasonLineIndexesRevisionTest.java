package org.strat.db.revisions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.sql.SqlResource;
import org.strat.model.League;
import org.strat.stats.ConnectionSource;
import org.strat.stats.RefreshMode;
import org.strat.stats.SeasonLines;
import org.strat.stats.StatViewRefresher;
import org.strat.stats.sample.SampleData;
import org.strat.stats.sample.SampleDataProgress;
import org.strat.stats.sample.SampleDataRequest;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revision 005_season_lines swaps the four season look-up indexes of 004_stat_views for covering ones, so that a
 * season line is an index-only scan, and its downgrade brings back exactly the old ones.
 */
@ExtendWith(FreshDatabaseExtension.class)
class SeasonLineIndexesRevisionTest {

    private static final String REVISION = "005_season_lines";

    @Test
    void upgradeSwapsTheFourLookUpIndexesForCoveringOnesAndDowngradeRestoresThem(TestDatabase database)
            throws SQLException {
        MigrationContext context = MigrationContext.of(database.settings(), RevisionSource.classpath());
        Migrations.of(context).upgrade("004_stat_views");
        new SampleData(ConnectionSource.of(database.settings()))
                .load(new SampleDataRequest(20, 5, League.SBA), SampleDataProgress.NONE);
        CatalogSnapshot at004 = StatViewsRevisionTest.snapshot(database);

        Migrations.of(context).upgrade(REVISION);
        List<String> changes = StatViewsRevisionTest.snapshot(database).differencesFrom(at004);
        assertThat(StatViewsRevisionTest.indexNames(changes)).containsExactlyInAnyOrder(
                "idx_batting_game_stats_player_line", "idx_batting_game_stats_card_line",
                "idx_pitching_game_stats_player_line", "idx_pitching_game_stats_card_line");
        assertThat(changes.stream().filter(line -> line.startsWith("missing: ")).map(line -> line.split("[ .]")[3]))
                .containsExactlyInAnyOrder("idx_batting_game_stats_player", "idx_batting_game_stats_card",
                        "idx_pitching_game_stats_player", "idx_pitching_game_stats_card");
        assertThat(changes).filteredOn(line -> line.startsWith("extra: "))
                .allMatch(line -> line.contains("INCLUDE (game_id, ") && line.contains(" WHERE ("));

        new Downgrade(context).run("004_stat_views");
        assertThat(StatViewsRevisionTest.snapshot(database).differencesFrom(at004)).as("after downgrade").isEmpty();
    }

    /** Once the views are vacuumed (autovacuum does it after a refresh), each season line reads only its index. */
    @Test
    void everySeasonLineIsAnIndexOnlyScanOnItsCoveringIndex(TestDatabase database) throws SQLException {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        new SampleData(ConnectionSource.of(database.settings()))
                .load(new SampleDataRequest(20, 5, League.SBA), SampleDataProgress.NONE);
        new StatViewRefresher(ConnectionSource.of(database.settings())).refresh(RefreshMode.PLAIN);
        Sql.execute(database, "VACUUM ANALYZE batting_game_stats");
        Sql.execute(database, "VACUUM ANALYZE pitching_game_stats");

        assertThat(plan(database, "batting-player", "1001")).contains("Index Only Scan using idx_batting_game_stats_player_line");
        assertThat(plan(database, "batting-card", "7001")).contains("Index Only Scan using idx_batting_game_stats_card_line");
        assertThat(plan(database, "pitching-player", "1020")).contains("Index Only Scan using idx_pitching_game_stats_player_line");
        assertThat(plan(database, "pitching-card", "7020")).contains("Index Only Scan using idx_pitching_game_stats_card_line");
    }

    private static String plan(TestDatabase database, String query, String value) throws SQLException {
        return StatViewsRevisionTest.plan(database, SqlResource.of(SeasonLines.class, query), value);
    }
}
