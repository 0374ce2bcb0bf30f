package org.strat.migrate.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.CatalogSnapshot;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@ExtendWith(FreshDatabaseExtension.class)
class PlanTest {

    private static MigrationContext atBase(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "plan");
        Migrations.of(context).upgrade("001");
        Sql.execute(database, "INSERT INTO teams SELECT i, 'team ' || i FROM generate_series(1, 30) i;"
                + " INSERT INTO games (id, home_team_id, away_team_id, code) SELECT i, 1 + i % 30, 1 + (i + 1) % 30,"
                + " 'g' || i FROM generate_series(1, 2000) i;"
                + " INSERT INTO plays (game_id, runs) SELECT 1 + i % 2000, i % 3 FROM generate_series(1, 20000) i;"
                + " REFRESH MATERIALIZED VIEW game_runs; ANALYZE");
        return context;
    }

    private static List<String> scratchDatabases(TestDatabase database) {
        return Sql.column(database, "SELECT datname FROM pg_database WHERE datname LIKE 'stratdb\\_plan\\_%'");
    }

    private static PlannedStatement statement(PlanResult plan, String revision, int number) {
        return plan.statements().stream().filter(s -> s.revision().equals(revision) && s.number() == number)
                .findFirst().orElseThrow();
    }

    private static List<RelationLock> tableLocks(PlannedStatement statement, String... relations) {
        return statement.locks().stream().filter(lock -> List.of(relations).contains(lock.relation())).toList();
    }

    @Test
    void eachStatementShowsTheLocksAndRewritesMeasuredOnTheCopy(TestDatabase database) {
        PlanResult plan = Migrations.of(atBase(database)).plan("head");

        PlannedStatement addColumn = statement(plan, "002", 1);
        assertThat(tableLocks(addColumn, "games")).extracting(RelationLock::mode).containsExactly(LockMode.ACCESS_EXCLUSIVE);
        assertThat(addColumn.rewrites()).isEmpty();

        assertThat(statement(plan, "002", 2).rewrites()).contains("games", "games_pkey");
        assertThat(statement(plan, "002", 3).rewrites()).contains("games", "games_pkey");
        PlannedStatement widen = statement(plan, "002", 4);
        assertThat(widen.rewrites()).isEmpty();
        assertThat(tableLocks(widen, "games")).extracting(RelationLock::mode).containsExactly(LockMode.ACCESS_EXCLUSIVE);

        PlannedStatement index = statement(plan, "002", 5);
        assertThat(tableLocks(index, "games")).extracting(RelationLock::mode).containsExactly(LockMode.SHARE);
        assertThat(index.indexBuiltOn()).containsExactly("games");
        assertThat(index.estimatedSeconds()).isPositive();

        PlannedStatement foreignKey = statement(plan, "002", 6);
        assertThat(tableLocks(foreignKey, "games", "teams")).extracting(RelationLock::relation, RelationLock::mode)
                .containsExactly(tuple("games", LockMode.SHARE_ROW_EXCLUSIVE), tuple("teams", LockMode.SHARE_ROW_EXCLUSIVE));
        assertThat(foreignKey.scans()).contains("games");

        PlannedStatement notValid = statement(plan, "002", 7);
        assertThat(tableLocks(notValid, "games", "teams")).extracting(RelationLock::relation, RelationLock::mode)
                .containsExactly(tuple("games", LockMode.SHARE_ROW_EXCLUSIVE), tuple("teams", LockMode.SHARE_ROW_EXCLUSIVE));
        assertThat(notValid.scans()).isEmpty();
        PlannedStatement validate = statement(plan, "002", 8);
        assertThat(tableLocks(validate, "games", "teams")).extracting(RelationLock::relation, RelationLock::mode)
                .containsExactly(tuple("games", LockMode.SHARE_UPDATE_EXCLUSIVE), tuple("teams", LockMode.ROW_SHARE));
        assertThat(validate.scans()).contains("games");

        PlannedStatement refresh = statement(plan, "002", 9);
        assertThat(tableLocks(refresh, "game_runs", "plays")).extracting(RelationLock::relation, RelationLock::mode)
                .containsExactly(tuple("game_runs", LockMode.ACCESS_EXCLUSIVE), tuple("plays", LockMode.ACCESS_SHARE));
        assertThat(refresh.rewrites()).contains("game_runs");
        assertThat(plan.statements()).filteredOn(statement -> statement.revision().equals("002"))
                .allSatisfy(statement -> assertThat(statement.locks())
                .noneMatch(RelationLock::documented));
    }

    @Test
    void concurrentStatementsAreMarkedAndTakeTheirDocumentedLock(TestDatabase database) {
        PlanResult plan = Migrations.of(atBase(database)).plan("head");

        PlannedStatement concurrently = statement(plan, "003", 1);
        assertThat(concurrently.transactional()).isFalse();
        assertThat(concurrently.locks()).containsExactly(new RelationLock("plays", "table", LockMode.SHARE_UPDATE_EXCLUSIVE, true, LockMode.SHARE));
        assertThat(concurrently.indexBuiltOn()).containsExactly("plays");
        // REFRESH ... CONCURRENTLY may run in a transaction block, so its lock is measured, not looked up.
        PlannedStatement refresh = statement(plan, "003", 2);
        assertThat(tableLocks(refresh, "game_runs")).containsExactly(new RelationLock("game_runs", "materialized view", LockMode.EXCLUSIVE));
        assertThat(refresh.rewrites()).isEmpty();
    }

    @Test
    void theSummaryNamesTheStrongestLockTheLongestHoldTheRewritesAndTheLintFindings(TestDatabase database) {
        PlanResult plan = Migrations.of(atBase(database)).plan("head");

        RevisionPlan changes = plan.revisions().get(0);
        assertThat(changes.strongest()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
        assertThat(changes.strongestOn()).containsExactly("game_runs", "games");
        assertThat(changes.rewritten()).contains("games", "game_runs");
        // A transactional revision holds what statement 1 locked until its commit, after every later statement.
        double total = plan.statements().stream().filter(s -> s.revision().equals("002"))
                .mapToDouble(PlannedStatement::estimatedSeconds).sum();
        assertThat(changes.longestHoldSeconds()).isEqualTo(total);
        assertThat(changes.lint()).extracting(finding -> finding.ruleId()).contains("create-index-not-concurrently",
                "add-column-volatile-default", "change-column-type", "add-foreign-key-without-not-valid");
        assertThat(statement(plan, "002", 5).lint()).extracting(finding -> finding.ruleId())
                .containsExactly("create-index-not-concurrently");
        assertThat(plan.relations().get("games").rows()).isEqualTo(2000);
        assertThat(plan.relations().get("games").bytes()).isGreaterThan(plan.relations().get("games").ownBytes());
    }

    @Test
    void aSessionHoldingAConflictingLockIsNamedAndOnlyWhereItConflicts(TestDatabase database) throws SQLException {
        MigrationContext context = atBase(database);
        try (Connection reader = database.connect(); Statement statement = reader.createStatement()) {
            statement.execute("SET application_name = 'nightly-report'");
            reader.setAutoCommit(false);
            statement.execute("SELECT count(*) FROM games");
            int pid = Integer.parseInt(Sql.column(database, "SELECT pid FROM pg_stat_activity"
                    + " WHERE application_name = 'nightly-report'").get(0));

            PlanResult plan = Migrations.of(context).plan("head");

            assertThat(statement(plan, "002", 1).blockedBy()).extracting(BlockingSession::pid,
                    BlockingSession::applicationName, BlockingSession::state, BlockingSession::relation,
                    BlockingSession::holds)
                    .containsExactly(tuple(pid, "nightly-report", "idle in transaction", "games", LockMode.ACCESS_SHARE));
            assertThat(statement(plan, "002", 1).blockedBy().get(0).seconds()).isGreaterThanOrEqualTo(0);
            // ACCESS SHARE conflicts only with ACCESS EXCLUSIVE: CREATE INDEX and VALIDATE would not wait for it.
            assertThat(statement(plan, "002", 5).blockedBy()).isEmpty();
            assertThat(statement(plan, "002", 8).blockedBy()).isEmpty();
            reader.rollback();
        }
    }

    @Test
    void aConcurrentIndexBuildWaitsForWritersOfItsTableAndForOlderTransactions(TestDatabase database) throws SQLException {
        MigrationContext context = atBase(database);
        try (Connection writer = database.connect(); Statement writes = writer.createStatement();
             Connection reader = database.connect(); Statement reads = reader.createStatement()) {
            writes.execute("SET application_name = 'scorer'");
            writer.setAutoCommit(false);
            writes.execute("INSERT INTO plays (game_id, runs) VALUES (1, 1)");
            reads.execute("SET application_name = 'season-report'");
            reader.setAutoCommit(false);
            reads.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            reads.execute("SELECT count(*) FROM teams");

            PlanResult plan = Migrations.of(context).plan("head");

            // It holds only SHARE UPDATE EXCLUSIVE, yet waits for writers of plays (ROW EXCLUSIVE conflicts with
            // the SHARE lock of a plain build) and for the report's snapshot, although the report never reads plays.
            assertThat(statement(plan, "003", 1).blockedBy())
                    .extracting(BlockingSession::applicationName, BlockingSession::relation, BlockingSession::holds)
                    .containsExactly(tuple("scorer", "plays", LockMode.ROW_EXCLUSIVE), tuple("season-report", null, null));
            assertThat(statement(plan, "003", 2).blockedBy()).isEmpty();
            assertThat(statement(plan, "002", 5).blockedBy()).isEmpty();
            writer.rollback();
            reader.rollback();
        }
    }

    @Test
    void thePlanTakesNoLockOnLiveTablesAndChangesNothing(TestDatabase database) throws SQLException {
        MigrationContext context = atBase(database);
        CatalogSnapshot before;
        try (Connection connection = database.connect()) {
            before = CatalogSnapshot.of(connection);
        }
        try (Connection holder = database.connect(); Statement statement = holder.createStatement()) {
            // Any lock the plan asked for on these tables, even ACCESS SHARE, would wait for this one, and its
            // lock_timeout would fail the plan. (plays is read by a view; see the next test.)
            holder.setAutoCommit(false);
            statement.execute("SET application_name = 'holder'");
            statement.execute("LOCK TABLE teams, games IN ACCESS EXCLUSIVE MODE");

            PlanResult plan = Migrations.of(context).plan("head");

            assertThat(statement(plan, "002", 5).blockedBy()).extracting(BlockingSession::applicationName)
                    .containsExactly("holder");
            assertThat(Sql.column(database, "SELECT DISTINCT a.application_name FROM pg_locks l"
                    + " JOIN pg_stat_activity a ON a.pid = l.pid JOIN pg_class c ON c.oid = l.relation"
                    + " WHERE c.relname IN ('teams', 'games', 'plays', 'game_runs') AND l.database ="
                    + " (SELECT oid FROM pg_database WHERE datname = current_database())")).containsExactly("holder");
            holder.rollback();
        }
        try (Connection connection = database.connect()) {
            assertThat(CatalogSnapshot.of(connection)).isEqualTo(before);
        }
        assertThat(scratchDatabases(database)).isEmpty();
        assertThat(Migrations.of(context).current().current()).containsExactly("001");
    }

    @Test
    void aTableAViewReadsThatIsExclusivelyLockedFailsThePlanQuicklyAndSaysWho(TestDatabase database) throws SQLException {
        MigrationContext context = atBase(database);
        try (Connection holder = database.connect(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("SET application_name = 'stats-refresh'");
            statement.execute("LOCK TABLE plays IN ACCESS EXCLUSIVE MODE");

            assertThatThrownBy(() -> Migrations.of(context).plan("head"))
                    .isInstanceOf(PlanFailedException.class)
                    .hasMessageContaining("Nothing was changed")
                    .hasMessageContaining("(stats-refresh, idle in transaction) holds AccessExclusiveLock on plays");
            holder.rollback();
        }
        assertThat(scratchDatabases(database)).isEmpty();
    }

    @Test
    void aStatementThatFailsOnTheCopyIsNamedAndNothingIsLeftBehind(TestDatabase database) {
        MigrationContext context = atBase(database);
        Sql.execute(database, "ALTER TABLE games ADD COLUMN seed integer");

        assertThatThrownBy(() -> Migrations.of(context).plan("head"))
                .isInstanceOf(PlanFailedException.class)
                .hasMessageStartingWith("Statement 2 of revision 002 (002_changes.sql) failed on the scratch copy")
                .hasMessageContaining("column \"seed\" of relation \"games\" already exists")
                .hasMessageContaining("adopt it instead (\"stratdb adopt\")");
        assertThat(scratchDatabases(database)).isEmpty();
    }

    @Test
    void aLiveSchemaTheCopyCannotRecreateFailsThePlanClearlyAndLeavesNothing(TestDatabase database) {
        MigrationContext context = atBase(database);
        Sql.execute(database, "CREATE TYPE mood AS ENUM ('calm', 'tense'); ALTER TABLE games ADD COLUMN crowd mood");

        assertThatThrownBy(() -> Migrations.of(context).plan("head"))
                .isInstanceOf(PlanFailedException.class)
                .hasMessageStartingWith("Could not build the scratch copy of the live schema: CREATE TABLE")
                .hasMessageContaining("type \"mood\" does not exist")
                .hasMessageContaining("leaves out routines, triggers, types and extensions");
        assertThat(scratchDatabases(database)).isEmpty();
    }

    @Test
    void aScratchDatabaseLeftByAKilledPlanIsDroppedByTheNextOnceItIsAnHourOld(TestDatabase database) throws SQLException {
        MigrationContext context = atBase(database);
        long now = System.currentTimeMillis() / 1000;
        String abandoned = "stratdb_plan_" + (now - 7200) + "_0badf00d";
        String recent = "stratdb_plan_" + (now - 60) + "_0badf00d";
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + abandoned);
            statement.execute("CREATE DATABASE " + recent);
        }
        try {
            Migrations.of(context).plan("head");

            assertThat(scratchDatabases(database)).containsExactly(recent);
        } finally {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + abandoned);
                statement.execute("DROP DATABASE IF EXISTS " + recent);
            }
        }
    }

    @Test
    void nothingPendingIsAPlanWithNothingInIt(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "plan");
        Migrations.of(context).upgrade("head");

        PlanResult plan = Migrations.of(context).plan("head");

        assertThat(plan.nothingToDo()).isTrue();
        assertThat(plan.from()).containsExactly("003");
    }
}
