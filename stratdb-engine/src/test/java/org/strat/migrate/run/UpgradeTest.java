package org.strat.migrate.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.graph.MultipleHeadsException;
import org.strat.migrate.graph.UnknownRevisionException;
import org.strat.migrate.history.MigrationLock;
import org.strat.migrate.history.MigrationLockTimeoutException;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;
import org.strat.testing.UnversionedDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(FreshDatabaseExtension.class)
class UpgradeTest {

    @Test
    void upgradeToHeadAppliesPendingRevisionsInOrderAndRecordsEach(TestDatabase database) {
        List<String> heard = new ArrayList<>();
        UpgradeResult result = new Upgrade(TestRevisions.context(database, "linear"))
                .run("head", step -> heard.add(step.revision()));

        assertThat(result.from()).isEmpty();
        assertThat(result.to()).containsExactly("003");
        assertThat(result.applied()).extracting(RevisionStep::revision).containsExactly("001", "002", "003");
        assertThat(heard).containsExactly("001", "002", "003");
        assertThat(Sql.tables(database)).contains("teams", "parks");
        assertThat(Sql.column(database, "SELECT indexname FROM pg_indexes WHERE indexname = 'idx_parks_team'")).hasSize(1);
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision ORDER BY revision"))
                .containsExactly("001", "002", "003");
        assertThat(Sql.column(database, "SELECT revision || ':' || direction || ':' || db_user FROM stratdb_log ORDER BY id"))
                .containsExactly("001:upgrade:postgres", "002:upgrade:postgres", "003:upgrade:postgres");
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_revision WHERE length(checksum) = 64")).isEqualTo(3);
    }

    @Test
    void upgradeAtHeadIsANoOp(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");
        Migrations.of(context).upgrade("head");

        UpgradeResult again = Migrations.of(context).upgrade("head");

        assertThat(again.applied()).isEmpty();
        assertThat(again.from()).containsExactly("003");
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log")).isEqualTo(3);
    }

    @Test
    void upgradeAtHeadAnswersWithoutTheLockButPendingRevisionsWaitForIt(TestDatabase database) throws Exception {
        MigrationContext context = TestRevisions.context(database, "linear").withLockWait(Duration.ofMillis(300));
        Migrations.of(context).upgrade("002");
        try (Connection holder = database.connect();
             PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, MigrationLock.KEY);
            lock.execute();

            assertThat(Migrations.of(context).upgrade("002").applied()).isEmpty();
            assertThat(Migrations.of(context).upgrade("001").from()).containsExactly("002");
            assertThatThrownBy(() -> Migrations.of(context).upgrade("head"))
                    .isInstanceOf(MigrationLockTimeoutException.class);
        }
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision ORDER BY 1")).containsExactly("001", "002");
    }

    @Test
    void upgradeByStepsAndByPrefixStopsWhereAsked(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");

        assertThat(Migrations.of(context).upgrade("+1").to()).containsExactly("001");
        assertThat(Migrations.of(context).upgrade("002").to()).containsExactly("002");
        assertThat(Migrations.of(context).upgrade("+1").to()).containsExactly("003");
    }

    @Test
    void upgradeBeyondThePendingRevisionsIsRefusedBeforeAnyStatement(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");
        Migrations.of(context).upgrade("002");

        assertThatThrownBy(() -> Migrations.of(context).upgrade("+2"))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("only 1 revision(s) are pending");
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision ORDER BY 1")).containsExactly("001", "002");
    }

    @Test
    void unknownOrAmbiguousTargetAppliesNothingAndCreatesNothing(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "merge");

        assertThatThrownBy(() -> Migrations.of(context).upgrade("9")).isInstanceOf(UnknownRevisionException.class)
                .hasMessageContaining("Unknown revision \"9\"");
        assertThatThrownBy(() -> Migrations.of(context).upgrade("002")).isInstanceOf(UnknownRevisionException.class)
                .hasMessageContaining("Ambiguous revision \"002\"").hasMessageContaining("002a, 002b");
        assertThat(Sql.tables(database)).isEmpty();
    }

    @Test
    void aRevisionWhoseSecondStatementFailsLeavesNoTraceOfTheFirst(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "failing");

        assertThatThrownBy(() -> Migrations.of(context).upgrade("head"))
                .isInstanceOf(RevisionFailedException.class)
                .hasMessageContaining("002 (002_broken.sql)")
                .hasMessageContaining("INSERT INTO no_such_table VALUES (1)")
                .hasMessageContaining("relation \"no_such_table\" does not exist")
                .hasMessageContaining("the database is at revision 001");

        assertThat(Sql.tables(database)).doesNotContain("first_statement_table").contains("teams");
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision")).containsExactly("001");
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_log")).containsExactly("001");
        assertThat(Migrations.of(context).current().current()).containsExactly("001");
    }

    @Test
    void upgradeThroughAMergeAppliesEachBranchOnce(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "merge");

        UpgradeResult result = Migrations.of(context).upgrade("head");

        assertThat(result.applied()).extracting(RevisionStep::revision).containsExactly("001", "002a", "002b", "003");
        assertThat(Sql.tables(database)).contains("branch_a", "branch_b", "after_merge");
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log WHERE direction = 'upgrade'")).isEqualTo(4);
    }

    @Test
    void oneBranchCanBeAppliedAloneThenHeadAppliesTheRest(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "merge");

        assertThat(Migrations.of(context).upgrade("002b").to()).containsExactly("002b");
        assertThat(Migrations.of(context).upgrade("002a").to()).containsExactly("002a", "002b");
        assertThat(Migrations.of(context).upgrade("head").applied()).extracting(RevisionStep::revision).containsExactly("003");
    }

    @Test
    void headIsRefusedWhileTheFilesHaveTwoHeads(TestDatabase database) throws Exception {
        java.nio.file.Path copy = TestRevisions.copy("merge", java.nio.file.Files.createTempDirectory("heads"));
        java.nio.file.Files.delete(copy.resolve("003_merge.sql"));
        MigrationContext context = MigrationContext.of(database.settings(),
                org.strat.migrate.revision.RevisionSource.directory(copy));

        assertThatThrownBy(() -> Migrations.of(context).upgrade("head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessageContaining("002a (002a_branch_a.sql) and 002b (002b_branch_b.sql)")
                .hasMessageContaining("stratdb merge 002a 002b");
        assertThat(Migrations.of(context).upgrade("heads").to()).containsExactly("002a", "002b");
    }

    @Test
    void downgradeTargetsAreRefusedByUpgrade(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");

        assertThatThrownBy(() -> Migrations.of(context).upgrade("-1")).isInstanceOf(InvalidTargetException.class)
                .hasMessageContaining("stratdb downgrade -1");
        assertThatThrownBy(() -> Migrations.of(context).upgrade("+0")).isInstanceOf(InvalidTargetException.class);
    }

    @Test
    void anUnversionedDatabaseThatAlreadyHasTheTablesIsPointedToAdoptAndKeepsNothingOfStratdb(TestDatabase database) {
        Sql.execute(database, "CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL)");

        assertThatThrownBy(() -> Migrations.of(TestRevisions.context(database, "linear")).upgrade("head"))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessage("This database already has 1 table(s) but stratdb has no revision recorded, so revision 001"
                        + " cannot create them (relation \"teams\" already exists): it was built without stratdb. Nothing"
                        + " was changed. Run \"stratdb adopt\" to make its schema a revision's and record it (preview with"
                        + " \"stratdb adopt --sql\"), then \"stratdb upgrade head\".");
        assertThat(UnversionedDatabase.hasBookkeeping(database)).isFalse();
        assertThat(Sql.tables(database)).containsExactly("teams");
    }

    @Test
    void aFailedFirstRevisionOnADatabaseStratdbAlreadyKnowsKeepsItsBookkeeping(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");
        Migrations.of(context).upgrade("001");
        new Downgrade(context).run("base");
        Sql.execute(database, "CREATE TABLE teams (id integer PRIMARY KEY)");

        assertThatThrownBy(() -> Migrations.of(context).upgrade("head")).isInstanceOf(MigrationRefusedException.class);
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log")).as("the log is never dropped").isEqualTo(2);
    }
}
