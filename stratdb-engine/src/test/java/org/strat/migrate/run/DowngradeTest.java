package org.strat.migrate.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.graph.NotAnAncestorException;
import org.strat.migrate.graph.UnknownRevisionException;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(FreshDatabaseExtension.class)
class DowngradeTest {

    @Test
    void downgradeByOneStepRemovesTheLatestRevision(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");
        Migrations.of(context).upgrade("head");

        DowngradeResult result = new Downgrade(context).run("-1");

        assertThat(result.from()).containsExactly("003");
        assertThat(result.to()).containsExactly("002");
        assertThat(Sql.column(database, "SELECT indexname FROM pg_indexes WHERE indexname = 'idx_parks_team'")).isEmpty();
        assertThat(Sql.column(database, "SELECT revision || ':' || direction FROM stratdb_log ORDER BY id"))
                .endsWith("003:downgrade");
    }

    @Test
    void downgradeToARevisionRemovesEverythingAboveIt(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");
        Migrations.of(context).upgrade("head");

        DowngradeResult result = new Downgrade(context).run("001");

        assertThat(result.removed()).extracting(RevisionStep::revision).containsExactly("003", "002");
        assertThat(Sql.tables(database)).contains("teams").doesNotContain("parks");
    }

    @Test
    void downgradeToBaseLeavesOnlyTheBookkeeping(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");
        Migrations.of(context).upgrade("head");

        DowngradeResult result = new Downgrade(context).run("base");

        assertThat(result.to()).isEmpty();
        assertThat(Sql.tables(database)).containsExactly("stratdb_log", "stratdb_progress", "stratdb_revision");
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_revision")).isZero();
        assertThat(Sql.count(database, "SELECT count(*) FROM stratdb_log")).isEqualTo(6);
    }

    @Test
    void downgradeBelowBaseIsRefusedBeforeAnyStatement(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");
        Migrations.of(context).upgrade("002");

        assertThatThrownBy(() -> new Downgrade(context).run("-3"))
                .isInstanceOf(NotAnAncestorException.class)
                .hasMessageContaining("only 2 revision(s) are applied")
                .hasMessageContaining("below base");
        assertThat(Sql.column(database, "SELECT revision FROM stratdb_revision ORDER BY 1")).containsExactly("001", "002");
    }

    @Test
    void downgradeAtBaseIsRefused(TestDatabase database) {
        assertThatThrownBy(() -> new Downgrade(TestRevisions.context(database, "linear")).run("-1"))
                .isInstanceOf(NotAnAncestorException.class).hasMessageContaining("at base");
    }

    @Test
    void downgradeToARevisionNotAppliedIsRefused(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "linear");
        Migrations.of(context).upgrade("001");

        assertThatThrownBy(() -> new Downgrade(context).run("003"))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("is not applied").hasMessageContaining("stratdb upgrade 003");
        assertThatThrownBy(() -> new Downgrade(context).run("zzz")).isInstanceOf(UnknownRevisionException.class);
        assertThatThrownBy(() -> new Downgrade(context).run("head")).isInstanceOf(InvalidTargetException.class);
    }

    @Test
    void aRevisionWithAnEmptyDowngradeSectionIsRefusedBeforeAnyStatementRuns(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "nodowngrade");
        Migrations.of(context).upgrade("head");

        assertThatThrownBy(() -> new Downgrade(context).run("base"))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("001_teams.sql has an empty downgrade section");
        // 002 could have been reverted on its own, but nothing ran: the whole request is refused up front.
        assertThat(Sql.tables(database)).contains("teams", "parks");
        assertThat(new Downgrade(context).run("-1").to()).containsExactly("001");
    }

    @Test
    void downgradeThroughAMergeRevertsBothBranches(TestDatabase database) {
        MigrationContext context = TestRevisions.context(database, "merge");
        Migrations.of(context).upgrade("head");

        assertThat(new Downgrade(context).run("-1").to()).containsExactly("002a", "002b");
        assertThat(new Downgrade(context).run("002a").to()).containsExactly("002a");
        assertThat(Sql.tables(database)).contains("branch_a").doesNotContain("branch_b", "after_merge");
        assertThat(new Downgrade(context).run("base").removed()).extracting(RevisionStep::revision)
                .containsExactly("002a", "001");
    }
}
