package org.strat.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.PostgresServer;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshDatabaseExtension.class)
class StartupCheckTest {

    // The models' factory and the check built from it do not depend on the database they were built on: built once,
    // on the server's maintenance database, which outlives the tests' databases.
    private static HikariDataSource factoryPool;
    private static EntityManagerFactory factory;
    private static StartupCheck check;

    @BeforeAll
    static void buildTheCheckOnce() {
        factoryPool = pool(PostgresServer.get().jdbcUrl("postgres"));
        factory = EntityManagerFactories.create(factoryPool, false);
        check = StartupCheck.of(StartupCheck.revisionGraph(RevisionSource.classpath()), factory);
    }

    @AfterAll
    static void closeTheFactory() {
        factory.close();
        factoryPool.close();
    }

    /**
     * A schema change made behind the application's back, and whether Hibernate's {@code hbm2ddl validate} (the
     * check this one replaced) and the start-up check refuse it.
     */
    record Drift(String name, String sql, boolean hibernateRefuses, boolean checkRefuses, String mismatch) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Drift> drifts() {
        return Stream.of(
                new Drift("column dropped", "ALTER TABLE plays DROP COLUMN hit_location",
                        true, true, "plays.hit_location: missing"),
                new Drift("table dropped", "DROP TABLE game_cardset_links",
                        true, true, "game_cardset_links: table missing"),
                new Drift("varchar became integer", "ALTER TABLE games DROP CONSTRAINT games_status_check,"
                        + " ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status TYPE integer USING 0",
                        true, true, "games.status: type integer here, varchar(20) in the models"),
                new Drift("jsonb became text", "ALTER TABLE rolls ALTER COLUMN roll_data TYPE text",
                        true, true, "rolls.roll_data: type text here, jsonb in the models"),
                new Drift("uuid became text", "ALTER TABLE roster_links DROP CONSTRAINT roster_links_game_id_fkey,"
                        + " ALTER COLUMN game_id TYPE text", true, true,
                        "roster_links.game_id: type text here, uuid in the models"),
                new Drift("timestamptz lost its zone", "ALTER TABLE plays ALTER COLUMN created_at TYPE timestamp",
                        true, true, "plays.created_at: type timestamp without time zone here, timestamptz in the models"),
                // Not a family the validator equates: the mapping's long-text type is not a varchar to it.
                new Drift("text became varchar", "ALTER TABLE plays ALTER COLUMN description TYPE varchar(500)",
                        true, true, "plays.description: type character varying(500) here, text in the models"),
                new Drift("boolean became integer", "ALTER TABLE games ALTER COLUMN allow_spectators DROP DEFAULT,"
                        + " ALTER COLUMN allow_spectators TYPE integer USING 1", true, true,
                        "games.allow_spectators: type integer here, boolean in the models"),
                new Drift("integer became numeric", "ALTER TABLE game_cardset_links ALTER COLUMN priority"
                        + " TYPE numeric(12,2)", true, true,
                        "game_cardset_links.priority: type numeric(12,2) here, integer in the models"),
                // Types the validator calls compatible: the same family, another length or width, json for jsonb.
                new Drift("integer became bigint", "ALTER TABLE game_cardset_links ALTER COLUMN priority TYPE bigint",
                        false, false, null),
                new Drift("varchar became text", "ALTER TABLE games ALTER COLUMN status TYPE text",
                        false, false, null),
                new Drift("varchar got longer", "ALTER TABLE plays ALTER COLUMN hit_location TYPE varchar(9)",
                        false, false, null),
                new Drift("jsonb became json", "ALTER TABLE rolls ALTER COLUMN context TYPE json",
                        false, false, null),
                new Drift("table became a view", "ALTER TABLE game_cardset_links RENAME TO cardset_links_old;"
                        + " CREATE VIEW game_cardset_links AS SELECT * FROM cardset_links_old", false, false, null),
                // The application's unqualified SQL would not find it; the validator looks in the current schema.
                new Drift("table moved off the search path", "CREATE SCHEMA archive;"
                        + " ALTER TABLE game_cardset_links SET SCHEMA archive", true, true,
                        "game_cardset_links: table missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drifts")
    void refusesWhatHibernatesValidatorRefusedAndNamesIt(Drift drift, TestDatabase database) throws Exception {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        Sql.execute(database, drift.sql());

        try (HikariDataSource pool = pool(database.jdbcUrl())) {
            assertThat(hibernateRefuses(pool)).as("hbm2ddl validate refuses").isEqualTo(drift.hibernateRefuses());
            try (Connection connection = pool.getConnection()) {
                StartupCheckResult result = check.run(connection);

                assertThat(result.atHead()).isTrue();
                assertThat(result.ready()).as("the start-up check accepts").isEqualTo(!drift.checkRefuses());
                if (drift.checkRefuses()) {
                    assertThat(result.mismatches()).extracting(SchemaMismatch::describe).containsExactly(drift.mismatch());
                }
            }
        }
    }

    private static boolean hibernateRefuses(HikariDataSource pool) {
        try {
            EntityManagerFactories.create(pool, true).close();
            return false;
        } catch (PersistenceException e) {
            return true;
        }
    }

    private static HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("postgres");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
