package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.Migrations;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stratdb plan} and {@code upgrade --plan} through the command line. */
@ExtendWith(FreshDatabaseExtension.class)
class PlanCommandTest {

    @TempDir
    Path workingDirectory;

    private CliRun run(String url, String... args) {
        List<String> all = new ArrayList<>(List.of("--url", url, "--revisions-dir", TestRevisions.directory("plan").toString()));
        all.addAll(List.of(args));
        return CliRun.of(Map.of(), workingDirectory, all.toArray(String[]::new));
    }

    private static MigrationContext atBase(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "plan");
        Migrations.of(context).upgrade("001");
        Sql.execute(database, "INSERT INTO teams SELECT i, 'team ' || i FROM generate_series(1, 10) i; ANALYZE");
        return context;
    }

    @Test
    void planPrintsEachStatementWithItsLocksAndASummaryPerRevision(TestDatabase database) {
        MigrationContext context = atBase(database);

        CliRun run = run(database.url(), "plan");

        assertThat(run.exitCode()).as(run.everything()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("Plan for \"upgrade head\" from 001: 2 revision(s), 11 statement(s).")
                .contains("  1. ALTER TABLE games ADD COLUMN note text\n     locks:    games AccessExclusiveLock\n")
                .contains("  3. ALTER TABLE games ALTER COLUMN score TYPE bigint\n     locks:    games AccessExclusiveLock;"
                        + " indexes: 1 AccessExclusiveLock\n     rewrites: games and 1 index(es)\n")
                .contains("     lint:     create-index-not-concurrently: ")
                .contains("  1. CREATE INDEX CONCURRENTLY plays_game ON plays (game_id)\n     locks:    plays"
                        + " ShareUpdateExclusiveLock (from documentation: cannot run in a transaction to measure)\n")
                .contains("     runs outside a transaction")
                .contains("  Summary: strongest lock AccessExclusiveLock on game_runs, games (blocks every read and write);"
                        + " longest hold < 0.1 s on ")
                .contains("teams                        10 rows")
                .contains("Times estimated from the live sizes: a rewrite or index build at 25 MB/s");
        assertThat(run.err()).isEmpty();
        assertThat(Migrations.of(context).current().current()).containsExactly("001");
    }

    @Test
    void planJsonHasTheDocumentedShape(TestDatabase database) throws SQLException {
        atBase(database);
        try (Connection reader = database.connect(); Statement statement = reader.createStatement()) {
            statement.execute("SET application_name = 'report'");
            reader.setAutoCommit(false);
            statement.execute("INSERT INTO teams VALUES (99, 'expansion')");

            CliRun run = run(database.url(), "plan", "002", "--json");

            assertThat(run.exitCode()).as(run.everything()).isEqualTo(ExitCodes.OK);
            assertThat(run.out().strip())
                    .startsWith("{\"command\":\"plan\",\"target\":\"002\",\"from\":[\"001\"],\"statements\":[{\"revision\":\"002\",\"number\":1,"
                            + "\"sql\":\"ALTER TABLE games ADD COLUMN note text\",\"transactional\":true,"
                            + "\"locks\":[{\"relation\":\"games\",\"kind\":\"table\",\"mode\":\"AccessExclusiveLock\",\"source\":\"measured\"}],"
                            + "\"rewrites\":[],")
                    .containsPattern("\"locks\":\\[\\{\"relation\":\"games\",\"kind\":\"table\",\"mode\":\"ShareRowExclusiveLock\","
                            + "\"source\":\"measured\"},.*\\{\"relation\":\"teams\",\"kind\":\"table\",\"mode\":\"ShareRowExclusiveLock\"")
                    .containsPattern("\"blockedBy\":\\[\\{\"pid\":\\d+,\"applicationName\":\"report\",\"state\":\"idle in transaction\","
                            + "\"seconds\":[0-9.]+,\"relation\":\"teams\",\"holds\":\"RowExclusiveLock\"}]")
                    .contains("\"relations\":{")
                    .contains("\"teams\":{\"rows\":10,\"bytes\":")
                    .doesNotContain("plays_game");
            reader.rollback();
        }
    }

    @Test
    void upgradeWithPlanPrintsThePlanAndRunsNothing(TestDatabase database) throws SQLException {
        MigrationContext context = atBase(database);
        try (Connection reader = database.connect(); Statement statement = reader.createStatement()) {
            statement.execute("SET application_name = 'report'");
            reader.setAutoCommit(false);
            statement.execute("SELECT count(*) FROM games");

            CliRun run = run(database.url(), "upgrade", "--plan");

            assertThat(run.exitCode()).as(run.everything()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("Plan for \"upgrade head\" from 001").doesNotContain("Applied")
                    .containsPattern("  2\\. ALTER TABLE games ADD COLUMN seed .*\n(     .*\n)*     WAITS FOR pid \\d+ \\(report,"
                            + " idle in transaction, transaction open (< )?[0-9.]+ s\\) holding AccessShareLock on games and 1"
                            + " index\\(es\\); every later query on them would queue behind this statement\n");
            reader.rollback();
        }
        assertThat(Migrations.of(context).current().current()).containsExactly("001");
    }

    @Test
    void planAndSqlTogetherAreRefusedBeforeConnecting(TestDatabase database) {
        CliRun run = run(database.url(), "upgrade", "--plan", "--sql");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--plan and --sql cannot be combined");
        assertThat(Sql.tables(database)).isEmpty();
    }

    @Test
    void aUserWhoMayNotCreateDatabasesIsToldWhatToGrant(TestDatabase database) throws SQLException {
        atBase(database);
        String role = "planner_" + database.name().substring(0, database.name().indexOf('_'));
        Sql.execute(database, "CREATE ROLE " + role + " LOGIN NOCREATEDB; GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role);
        try {
            String url = "postgresql://" + role + "@localhost:" + database.server().port() + "/" + database.name();
            CliRun run = run(url, "plan");

            assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
            assertThat(run.errLines()).containsExactly("Error: The plan needs a scratch database to measure the statements"
                    + " in, and this user may not create databases. Run the plan as a user with CREATEDB (ALTER ROLE ..."
                    + " CREATEDB). Nothing was changed.");
        } finally {
            Sql.execute(database, "DROP OWNED BY " + role);
            try (Connection connection = database.server().superuserConnection("postgres");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP ROLE " + role);
            }
        }
    }

    @Test
    void theScratchDatabaseIsReachedWithTheSameUrlParameters() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://db.example:6543/strat?sslmode=require"
                + "&ApplicationName=x", "me", "secret", DatabaseSettings.Source.URL_OPTION);

        DatabaseSettings scratch = settings.forDatabase("stratdb_plan_1_ab");

        assertThat(scratch.jdbcUrl()).startsWith("jdbc:postgresql://db.example:6543/stratdb_plan_1_ab?")
                .contains("sslmode=require").contains("ApplicationName=x").doesNotContain("strat?");
        assertThat(scratch.user()).isEqualTo("me");
        assertThat(scratch.password()).isEqualTo("secret");
    }
}
