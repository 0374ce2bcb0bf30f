package org.strat.stats.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.db.ModelDdl;
import org.strat.migrate.Migrations;
import org.strat.migrate.autogen.Check;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.model.League;
import org.strat.stats.ConnectionSource;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk path drops foreign keys and indexes and builds them again: afterwards the catalog must be exactly
 * what it was, and a failure at any point must leave the catalog and the rows as they were.
 */
@ExtendWith(FreshDatabaseExtension.class)
class BulkLoadTest {

    private static final String ROW_COUNTS = """
            SELECT (SELECT count(*) FROM games) || ' ' || (SELECT count(*) FROM lineups) || ' '
                   || (SELECT count(*) FROM rolls) || ' ' || (SELECT count(*) FROM plays) || ' '
                   || (SELECT count(*) FROM roster_links)
            """;

    private static void upgrade(TestDatabase database) {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
    }

    private static SampleDataResult load(TestDatabase database, LoadPath path, int games, long seed) {
        return new SampleData(ConnectionSource.of(database.settings()), path)
                .load(new SampleDataRequest(games, seed, League.SBA), SampleDataProgress.NONE);
    }

    private static List<?> check(TestDatabase database) {
        return new Check(MigrationContext.of(database.settings(), RevisionSource.classpath()), ModelDdl.stratModels()).run().differences();
    }

    private static CatalogSnapshot catalog(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return CatalogSnapshot.of(connection);
        }
    }

    @Test
    void aBulkLoadLeavesTheCatalogExactlyAsItWas(TestDatabase database) throws SQLException {
        upgrade(database);
        load(database, LoadPath.INCREMENTAL, 20, 1);
        // States the rebuild must keep: a foreign key not validated, and an index the tables are clustered on
        // (left in place, because a recreated index would lose the mark).
        Sql.execute(database, "ALTER TABLE plays DROP CONSTRAINT plays_runner_id_fkey;"
                + " ALTER TABLE plays ADD CONSTRAINT plays_runner_id_fkey FOREIGN KEY (runner_id) REFERENCES lineups (id) NOT VALID;"
                + " ALTER TABLE rolls CLUSTER ON idx_roll_game");
        CatalogSnapshot before = catalog(database);
        List<?> checkBefore = check(database);

        SampleDataResult result = load(database, LoadPath.BULK, 150, 2);

        assertThat(result.inOneTransaction()).isTrue();
        assertThat(catalog(database).differencesFrom(before)).isEmpty();
        assertThat(before.lines()).contains(
                "constraint plays.plays_runner_id_fkey FOREIGN KEY (runner_id) REFERENCES lineups(id) NOT VALID",
                "index rolls.idx_roll_game CREATE INDEX idx_roll_game ON public.rolls USING btree (game_id) CLUSTER");
        assertThat(check(database)).as("what stratdb check reports").isEqualTo(checkBefore);
        assertThat(Sql.count(database, "SELECT count(*) FROM games")).isEqualTo(170);
    }

    @Test
    void theObjectsRebuiltAreTheForeignKeysAndPlainIndexesOfTheLoadedTables(TestDatabase database) throws SQLException {
        upgrade(database);
        try (Connection connection = database.connect()) {
            List<String> names = RebuildableObjects.read(connection).definitions().stream()
                    .map(definition -> definition.kind() + " " + definition.name()).toList();

            assertThat(names).hasSize(15 + 21).contains("foreign key plays.plays_batter_id_fkey", "index idx_play_game",
                    "foreign key lineups.lineups_replacing_id_fkey", "index idx_roster_link_game_team");
            assertThat(names).noneMatch(name -> name.contains("pkey") || name.contains("idx_play_game_number")
                    || name.contains("uq_roster") || name.contains("game_sessions") || name.contains("stats"));
        }
    }

    @Test
    void aForeignKeyBrokenWhenTheKeysAreAddedBackLoadsNothing(TestDatabase database) throws SQLException {
        upgrade(database);
        load(database, LoadPath.INCREMENTAL, 10, 3);
        // A trigger that points one new play at a lineup entry that does not exist: with the foreign keys
        // dropped the COPY takes it, and adding plays_batter_id_fkey back finds it.
        Sql.execute(database, """
                CREATE FUNCTION break_one_play() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.play_number = 7 THEN NEW.batter_id := -1; END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER break_one_play BEFORE INSERT ON plays FOR EACH ROW EXECUTE FUNCTION break_one_play();
                """);
        CatalogSnapshot before = catalog(database);
        String rows = Sql.column(database, ROW_COUNTS).get(0);

        assertThatThrownBy(() -> load(database, LoadPath.BULK, 120, 4))
                .isInstanceOf(SampleDataException.class)
                .hasMessageContaining("violates foreign key constraint \"plays_batter_id_fkey\"")
                .hasMessageContaining("Nothing was loaded");

        assertThat(catalog(database).differencesFrom(before)).isEmpty();
        assertThat(Sql.column(database, ROW_COUNTS).get(0)).isEqualTo(rows);
    }

    @Test
    void aFailureWhileCopyingLoadsNothing(TestDatabase database) throws SQLException {
        upgrade(database);
        load(database, LoadPath.INCREMENTAL, 10, 5);
        Sql.execute(database, "ALTER TABLE plays ADD CONSTRAINT no_grand_slams CHECK (rbi < 4) NOT VALID");
        CatalogSnapshot before = catalog(database);
        String rows = Sql.column(database, ROW_COUNTS).get(0);

        assertThatThrownBy(() -> load(database, LoadPath.BULK, 300, 6))
                .isInstanceOf(SampleDataException.class)
                .hasMessageContaining("no_grand_slams").hasMessageContaining("Nothing was loaded");

        assertThat(catalog(database).differencesFrom(before)).isEmpty();
        assertThat(Sql.column(database, ROW_COUNTS).get(0)).isEqualTo(rows);
    }

    @Test
    void aTableAnotherSessionIsUsingFailsTheLoadInsteadOfWaiting(TestDatabase database) throws SQLException {
        upgrade(database);
        try (Connection reader = database.connect(); Statement statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            statement.execute("SELECT count(*) FROM plays");

            assertThatThrownBy(() -> load(database, LoadPath.BULK, 5, 7))
                    .isInstanceOf(SampleDataException.class)
                    .hasMessageStartingWith("Could not lock games, lineups, rolls, plays, roster_links and"
                            + " game_cardset_links within 5 s: another session is using them.");
            reader.rollback();
        }
        assertThat(Sql.count(database, "SELECT count(*) FROM games")).isZero();
    }

    @Test
    void bothPathsWriteTheSameGames(TestDatabase database) {
        upgrade(database);
        load(database, LoadPath.BULK, 40, 8);
        assertThat(check(database)).as("what stratdb check reports after a bulk load").isEmpty();
        String bulk = digest(database);
        Sql.execute(database, "DELETE FROM games");

        SampleDataResult result = load(database, LoadPath.INCREMENTAL, 40, 8);

        assertThat(result.inOneTransaction()).isFalse();
        assertThat(digest(database)).isEqualTo(bulk);
    }

    /** The games as the stat views see them, without serial ids (they depend on what the database held before). */
    private static String digest(TestDatabase database) {
        return Sql.column(database, """
                SELECT md5(string_agg(concat_ws(',', p.game_id, p.play_number, p.outcome, p.run, b.player_id,
                                                pitcher.player_id, sub.player_id, r.roll_data::text),
                                      ';' ORDER BY p.game_id, p.play_number))
                FROM plays p
                JOIN lineups b ON b.id = p.batter_id
                JOIN lineups pitcher ON pitcher.id = p.pitcher_id
                LEFT JOIN lineups sub ON sub.replacing_id = p.batter_id
                JOIN rolls r ON r.roll_id = p.roll_id
                """).get(0);
    }
}
