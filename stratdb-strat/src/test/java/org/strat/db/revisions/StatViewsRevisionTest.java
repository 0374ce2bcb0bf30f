package org.strat.db.revisions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.sql.SqlResource;
import org.strat.model.League;
import org.strat.stats.BoxScores;
import org.strat.stats.ConnectionSource;
import org.strat.stats.sample.SampleData;
import org.strat.stats.sample.SampleDataProgress;
import org.strat.stats.sample.SampleDataRequest;
import org.strat.testing.CatalogSnapshot.Scope;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Revision 004_stat_views adds the three stat views with their indexes, and its downgrade takes away exactly those. */
@ExtendWith(FreshDatabaseExtension.class)
class StatViewsRevisionTest {

    private static final String REVISION = "004_stat_views";
    private static final Pattern VIEW_OBJECT = Pattern.compile(
            "extra: (materialized view|column|index) (batting_game_stats|pitching_game_stats|game_stats)[ .].*");

    @Test
    void downgradeTo001RemovesTheViewsAndTheirIndexesAndNothingElseAndUpgradeRestoresThem(TestDatabase database)
            throws SQLException {
        MigrationContext context = MigrationContext.of(database.settings(), RevisionSource.classpath());
        Migrations.of(context).upgrade("001");
        new SampleData(ConnectionSource.of(database.settings()))
                .load(new SampleDataRequest(20, 5, League.SBA), SampleDataProgress.NONE);
        CatalogSnapshot at001 = snapshot(database);
        String plays = Sql.column(database, "SELECT count(*) || ' ' || sum(run) FROM plays").get(0);

        Migrations.of(context).upgrade(REVISION);
        CatalogSnapshot withViews = snapshot(database);
        List<String> added = withViews.differencesFrom(at001);
        assertThat(added).as("what %s adds", REVISION).allMatch(line -> VIEW_OBJECT.matcher(line).matches());
        assertThat(indexNames(added)).containsExactlyInAnyOrder(
                "idx_batting_game_stats_game_lineup", "idx_batting_game_stats_player", "idx_batting_game_stats_card",
                "idx_pitching_game_stats_game_lineup", "idx_pitching_game_stats_player", "idx_pitching_game_stats_card",
                "idx_game_stats_game");
        assertThat(added).filteredOn(line -> line.contains("UNIQUE")).hasSize(3);

        new Downgrade(context).run("001");
        assertThat(snapshot(database).differencesFrom(at001)).as("after downgrade 001").isEmpty();
        assertThat(Sql.column(database, "SELECT count(*) || ' ' || sum(run) FROM plays").get(0))
                .as("plays after the downgrade").isEqualTo(plays);

        Migrations.of(context).upgrade(REVISION);
        assertThat(snapshot(database).differencesFrom(withViews)).as("after upgrading again").isEmpty();
        assertThat(Sql.count(database, "SELECT count(*) FROM game_stats")).as("games in the view, built WITH DATA").isEqualTo(20);
    }

    /**
     * With sequential scans priced out, each box-score look-up's plan shows the index meant for it, so the index can
     * serve it (the season look-ups' indexes are revision 005_season_lines', see SeasonLineIndexesRevisionTest).
     */
    @Test
    void theBoxScoreLookUpsCanUseTheirIndexes(TestDatabase database) throws SQLException {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");

        String game = "'00000000-0000-4000-8000-000000000001'";
        assertThat(plan(database, SqlResource.of(BoxScores.class, "pitching"), game)).contains("idx_pitching_game_stats_game_lineup");
        assertThat(plan(database, SqlResource.of(BoxScores.class, "game"), game)).contains("idx_game_stats_game");
        assertThat(plan(database, "SELECT * FROM batting_game_stats WHERE game_id = ?", game))
                .contains("idx_batting_game_stats_game_lineup");
    }

    static String plan(TestDatabase database, String sql, String value) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("EXPLAIN " + sql.replace("?", value))) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    static List<String> indexNames(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("extra: index ")) {
                names.add(line.split("[ .]")[3]);
            }
        }
        return names;
    }

    static CatalogSnapshot snapshot(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return CatalogSnapshot.of(connection, Scope.WITHOUT_TOOL_TABLES);
        }
    }
}
