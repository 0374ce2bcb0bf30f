package org.strat.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.model.League;
import org.strat.stats.sample.SampleData;
import org.strat.stats.sample.SampleDataProgress;
import org.strat.stats.sample.SampleDataRequest;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refreshing the stat views: a concurrent refresh never makes a reader wait, a plain one does, and a view that
 * was never populated is filled either way.
 *
 * <p>To make "while the refresh runs" last long enough to measure on any machine, another transaction holds an
 * ACCESS EXCLUSIVE lock on plays for a second: the refresh takes its lock on the view, then waits to read plays.
 * A plain refresh's ACCESS EXCLUSIVE lock on the view stops every reader for that second; a concurrent refresh's
 * EXCLUSIVE lock stops none (PostgreSQL documentation, 13.3.1 "Table-Level Locks").
 */
@ExtendWith(FreshDatabaseExtension.class)
class StatViewRefresherTest {

    private static final Duration HOLD = Duration.ofMillis(1200);

    private static StatViewRefresher refresher(TestDatabase database) {
        return new StatViewRefresher(ConnectionSource.of(database.settings()));
    }

    /** Sample games, a first refresh, then more games, so that the refresh under test has rows to add. */
    private static void gamesSinceTheLastRefresh(TestDatabase database) {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        SampleData sample = new SampleData(ConnectionSource.of(database.settings()));
        sample.load(new SampleDataRequest(100, 1, League.SBA), SampleDataProgress.NONE);
        refresher(database).refresh(RefreshMode.PLAIN);
        sample.load(new SampleDataRequest(100, 2, League.SBA), SampleDataProgress.NONE);
    }

    @Test
    void aConcurrentRefreshNeverMakesAReaderWait(TestDatabase database) throws Exception {
        gamesSinceTheLastRefresh(database);

        ViewReader.Waits waits = refreshWhileReading(database, RefreshMode.CONCURRENTLY);

        assertThat(waits.reads()).as("reads while the refresh ran").isGreaterThan(10);
        assertThat(waits.longest()).as("the reader's longest wait for one read").isLessThan(Duration.ofMillis(500));
        assertThat(Sql.count(database, "SELECT count(*) FROM game_stats")).as("games in the refreshed view").isEqualTo(200);
    }

    @Test
    void aPlainRefreshMakesReadersWaitForIt(TestDatabase database) throws Exception {
        gamesSinceTheLastRefresh(database);

        ViewReader.Waits waits = refreshWhileReading(database, RefreshMode.PLAIN);

        // The contrast that shows the measurement above can see a blocked reader.
        assertThat(waits.longest()).isGreaterThan(HOLD.minusMillis(400));
    }

    @Test
    void aViewThatWasNeverPopulatedIsRefreshedPlainlyEvenWhenAskedForConcurrently(TestDatabase database) throws SQLException {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        HandScoredGames.writeAll(database);
        Sql.execute(database, "REFRESH MATERIALIZED VIEW pitching_game_stats WITH NO DATA");
        SeasonLines seasons = new SeasonLines(ConnectionSource.of(database.settings()));
        assertThatThrownBy(() -> seasons.pitching(StatSubject.player(2020)))
                .isInstanceOf(StatViewsNotPopulatedException.class)
                .hasMessage("The stat view(s) pitching_game_stats have never been refreshed, so they hold no rows yet."
                        + " Run \"stratdb stats refresh\".");

        RefreshResult result = refresher(database).refresh(RefreshMode.CONCURRENTLY);

        assertThat(result.views()).extracting(view -> view.view().viewName() + " " + view.used())
                .containsExactly("batting_game_stats CONCURRENTLY", "pitching_game_stats PLAIN", "game_stats CONCURRENTLY");
        assertThat(result.views().get(1).fellBackToPlain()).isTrue();
        assertThat(seasons.pitching(StatSubject.player(2020)).games()).isEqualTo(2);
    }

    @Test
    void refreshingBelowTheStatViewsRevisionSaysWhatToRun(TestDatabase database) {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("001");

        assertThatThrownBy(() -> refresher(database).refresh(RefreshMode.PLAIN))
                .isInstanceOf(StatViewsMissingException.class)
                .hasMessageContaining("below revision 004_stat_views. Run \"stratdb upgrade head\".");
    }

    private static ViewReader.Waits refreshWhileReading(TestDatabase database, RefreshMode mode) throws Exception {
        try (Connection blocker = database.connect()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute("LOCK TABLE plays IN ACCESS EXCLUSIVE MODE");
            }
            CompletableFuture<RefreshResult> refresh = CompletableFuture.supplyAsync(() -> refresher(database).refresh(mode));
            awaitRefreshWaitingForPlays(database);
            try (ViewReader reader = ViewReader.start(database)) {
                Thread.sleep(HOLD.toMillis());
                blocker.commit();
                RefreshResult result = refresh.get(60, TimeUnit.SECONDS);
                assertThat(result.views()).allSatisfy(view -> assertThat(view.used()).isEqualTo(mode));
                return reader.stop();
            }
        }
    }

    private static void awaitRefreshWaitingForPlays(TestDatabase database) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (Sql.count(database, "SELECT count(*) FROM pg_locks WHERE relation = 'plays'::regclass AND NOT granted") > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the refresh never started waiting for the lock on plays");
    }
}
