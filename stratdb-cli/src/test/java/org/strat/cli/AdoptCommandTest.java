package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.history.MigrationLock;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.LegacyDatabase;
import org.strat.testing.Sql;
import org.strat.testing.StratDbProcess;
import org.strat.testing.TestDatabase;
import org.strat.testing.UnversionedDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stratdb adopt} through the command line: its SQL, its refusals, --json, and a kill -9 in the middle. */
@ExtendWith(FreshDatabaseExtension.class)
class AdoptCommandTest {

    @TempDir
    Path workingDirectory;

    private CliRun run(TestDatabase database, String... args) {
        List<String> withUrl = new ArrayList<>(List.of("--url", database.url()));
        withUrl.addAll(List.of(args));
        return CliRun.of(Map.of(), workingDirectory, withUrl.toArray(String[]::new));
    }

    @Test
    void sqlPrintsEveryStepAndChangesNothing(TestDatabase database) {
        LegacyDatabase.createAll(database);
        CatalogSnapshot before = LegacyDatabase.applicationCatalog(database);

        CliRun run = run(database, "adopt", "--sql");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("-- stratdb adopt 001 (closest of ")
                .contains("ALTER TABLE games RENAME CONSTRAINT ck_games_status TO games_status_check;\n",
                        "ALTER TABLE games ADD CONSTRAINT games_current_half_check CHECK",
                        "ALTER TABLE games VALIDATE CONSTRAINT games_current_half_check;\n",
                        "CREATE INDEX CONCURRENTLY idx_lineup_replacing ON lineups USING btree (replacing_id);\n");
        assertThat(LegacyDatabase.applicationCatalog(database).differencesFrom(before)).isEmpty();
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
    }

    @Test
    void aRefusalIsOneLinePerDifferenceAndExits3(TestDatabase database) {
        LegacyDatabase.createAll(database);
        Sql.execute(database, "ALTER TABLE rolls DROP COLUMN context");

        CliRun run = run(database, "adopt");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.errLines()).containsExactly(
                "Error: Adopt would have to lose or rewrite data to make the schema identical to revision 001"
                        + " (001_initial_schema.sql): 1 difference(s), so nothing was changed (no stratdb table was"
                        + " created either). Deal with each one as it says, or adopt another revision (\"stratdb adopt <revision>\").",
                "  -> rolls.context: missing: adopt never adds a column (the table's rows would need values); add it"
                        + " yourself, then run \"stratdb adopt\" again");
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
    }

    @Test
    void jsonDescribesWhatRan(TestDatabase database) {
        LegacyDatabase.createAll(database);

        CliRun run = run(database, "adopt", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // Like every --json command's object, it names the command first (docs/json.md).
        assertThat(run.out()).startsWith("{\"command\":\"adopt\",\"revision\":\"001\",").contains("\"dry_run\":false", "\"recorded\":[\"001\"]",
                "\"duration_ms\":");
    }

    @Test
    void anAdoptionKilledAtAnyOfItsStepsIsFinishedByTheNextOne(TestDatabase database) {
        LegacyDatabase.alembicAt004(database);
        LegacyDatabase.loadGames(database, 20);
        LegacyDatabase.refreshStatViews(database);
        List<String> rows = LegacyDatabase.statViewRows(database);

        // After an index built beside the unique constraint it replaces, after a constraint added NOT VALID (not
        // validated yet), and after a materialized view built beside the old one (not swapped yet): in plan order.
        for (String after : List.of("CREATE UNIQUE INDEX CONCURRENTLY idx_play_game_number_stratdb_new", "NOT VALID",
                "CREATE MATERIALIZED VIEW")) {
            StratDbProcess adopt = StratDbProcess.start(workingDirectory,
                    List.of("-Dstratdb.fault.adoptPauseAfter=" + after), "--url", database.url(), "adopt");
            waitForOutput(adopt, after);
            adopt.kill();
            assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_revision")).as("nothing recorded").isZero();
        }

        CliRun finished = run(database, "adopt");

        assertThat(finished.exitCode()).as(finished.err()).isZero();
        assertThat(finished.out()).contains("Database now at 004_stat_views, adopted");
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision ORDER BY 1")).containsExactly("001", "004_stat_views");
        assertThat(run(database, "upgrade", "head").exitCode()).isZero();
        assertThat(LegacyDatabase.applicationCatalog(database).differencesFrom(LegacyDatabase.headCatalog())).isEmpty();
        LegacyDatabase.refreshStatViews(database);
        assertThat(LegacyDatabase.statViewRows(database)).isEqualTo(rows);
    }

    @Test
    void anAdoptionWhoseLockSessionIsTerminatedRecordsNothingSaysSoAndIsFinishedByTheNextOne(TestDatabase database) {
        LegacyDatabase.alembicAt004(database);
        String step = "CREATE MATERIALIZED VIEW";
        // Paused after that step for 5 s; meanwhile the server ends the session that holds the migration lock.
        StratDbProcess adopt = StratDbProcess.start(workingDirectory,
                List.of("-Dstratdb.fault.adoptPauseAfter=" + step, "-Dstratdb.fault.adoptPauseMs=5000"),
                "--url", database.url(), "adopt");
        waitForOutput(adopt, step);
        List<String> terminated = Sql.column(database, "SELECT pg_terminate_backend(l.pid)::text FROM pg_locks l"
                + " WHERE l.locktype = 'advisory' AND l.granted"
                + " AND ((l.classid::bigint << 32) | l.objid::bigint) = " + MigrationLock.KEY);
        assertThat(terminated).as("the adoption's lock holder, terminated").containsExactly("true");

        int exitCode = adopt.waitFor(60);

        assertThat(exitCode).as(adopt.fullErr()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(adopt.err().strip().lines().reduce((first, second) -> second).orElse(""))
                .contains("lost its connection").contains("run \"stratdb adopt\" again to go on from there")
                .doesNotContain("Exception").doesNotContain("\tat ");
        if (UnversionedDatabase.hasBookkeeping(database)) {
            assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_revision")).as("no revision recorded").isZero();
            assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log")).as("no log row written").isZero();
        }

        CliRun finished = run(database, "adopt");

        assertThat(finished.exitCode()).as(finished.err()).isZero();
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision ORDER BY 1")).containsExactly("001", "004_stat_views");
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_log WHERE direction = 'adopt' ORDER BY 1"))
                .as("one log row per adopted revision, all from the run that finished").containsExactly("001", "004_stat_views");
    }

    // The step is printed once it has committed, and the fault pause follows it.
    private static void waitForOutput(StratDbProcess process, String step) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (process.out().contains("Ran ")) {
                String last = process.out().lines().reduce((first, second) -> second).orElse("");
                if (!last.isEmpty() && stepPrinted(process, step)) {
                    return;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("adopt never ran a step with " + step + "; out: " + process.out() + " err: " + process.err());
    }

    private static boolean stepPrinted(StratDbProcess process, String step) {
        return process.out().lines().anyMatch(line -> line.startsWith("Ran ") && matches(line, step));
    }

    private static boolean matches(String line, String step) {
        if (step.equals("NOT VALID")) {
            return line.contains("(NOT VALID: new rows only)");
        }
        if (step.startsWith("CREATE UNIQUE INDEX")) {
            return line.contains("built beside unique constraint");
        }
        return line.contains("rebuilt beside the old one");
    }
}
