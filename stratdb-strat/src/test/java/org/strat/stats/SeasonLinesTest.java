package org.strat.stats;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.TestDatabase;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Season lines are the sums over games of the hand-scored lines, added up here by hand: player 2001 batted in
 * games one (201) and two (401), player 2020 started both, card 7020 pitched game three.
 */
@ExtendWith(FreshDatabaseExtension.class)
class SeasonLinesTest {

    private SeasonLines seasons;

    @BeforeEach
    void scoreTheGames(TestDatabase database) throws SQLException {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
        HandScoredGames.writeAll(database);
        new StatViewRefresher(ConnectionSource.of(database.settings())).refresh(RefreshMode.PLAIN);
        seasons = new SeasonLines(ConnectionSource.of(database.settings()));
    }

    @Test
    void aBattingLineAddsUpTheGamesAndItsRatesFollow() {
        BattingSeason season = seasons.batting(StatSubject.player(2001));

        // 201: pa 2, ab 1, hbp 1, cs 1; 401: pa 2, ab 1, bb 1.
        assertThat(season.games()).isEqualTo(2);
        assertThat(season.counts()).isEqualTo(new BattingCounts(4, 2, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1));
        assertThat(season.counts().average().getAsDouble()).isZero();
        assertThat(season.counts().onBase().getAsDouble()).isEqualTo(0.5);
        assertThat(season.counts().slugging().getAsDouble()).isZero();
    }

    @Test
    void sluggingCountsTotalBases() {
        BattingSeason season = seasons.batting(StatSubject.player(2007));

        // 207: pa 1, ab 1, gidp 1; 407: pa 2, ab 2, r 1, h 1, hr 1, rbi 2.
        assertThat(season.counts()).isEqualTo(new BattingCounts(3, 3, 1, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 1, 0, 0));
        assertThat(season.counts().slugging().getAsDouble()).isCloseTo(4.0 / 3, within(1e-9));
    }

    @Test
    void aPitchingLineAddsUpTheGamesWithEraAndWhip() {
        PitchingSeason season = seasons.pitching(StatSubject.player(2020));

        // 210: bf 12, 9 outs, h 3, r 2, er 2, bb 1, so 3, hr 1; 410: bf 11, 6 outs, h 5, r 4, er 4, so 1, wp 1.
        assertThat(season.games()).isEqualTo(2);
        assertThat(season.counts()).isEqualTo(new PitchingCounts(23, 15, 8, 6, 6, 1, 0, 4, 0, 1, 1, 0));
        assertThat(season.counts().inningsPitched()).isEqualTo("5.0");
        assertThat(season.counts().era().getAsDouble()).isCloseTo(10.80, within(1e-9));
        assertThat(season.counts().whip().getAsDouble()).isCloseTo(1.80, within(1e-9));
    }

    @Test
    void cardsAreLookedUpByCardId() {
        PitchingSeason season = seasons.pitching(StatSubject.card(7020));

        assertThat(season.counts()).isEqualTo(new PitchingCounts(11, 6, 3, 2, 2, 2, 0, 2, 1, 0, 0, 1));
        assertThat(seasons.batting(StatSubject.card(8002)).counts().hits()).isEqualTo(2);
        assertThat(seasons.batting(StatSubject.player(8002)).games()).as("8002 is a card, not a player").isZero();
    }

    @Test
    void someoneWithoutGamesHasAnEmptyLineAndNoRates() {
        BattingSeason batting = seasons.batting(StatSubject.player(999));
        PitchingSeason pitching = seasons.pitching(StatSubject.player(999));

        assertThat(batting.games()).isZero();
        assertThat(batting.counts().average()).isEmpty();
        assertThat(pitching.counts().era()).isEmpty();
        assertThat(pitching.counts().inningsPitched()).isEqualTo("0.0");
    }
}
