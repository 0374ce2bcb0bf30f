package org.strat.cli.stats;

import org.strat.stats.BattingCounts;
import org.strat.stats.BattingSeason;
import org.strat.stats.PitchingCounts;
import org.strat.stats.PitchingSeason;
import org.strat.stats.StatSubject;

import java.util.List;

/** Season lines as the stats commands print them: a heading, the column names, one row of numbers. */
final class SeasonText {

    // Four digits per count: a sample database holds far longer "seasons" than 162 games.
    private static final String BATTING_ROW = "%4s %4s %4s %4s %4s %4s %4s %4s %4s %4s %4s %5s %5s %5s";
    private static final String PITCHING_ROW = "%4s %6s %4s %4s %4s %4s %4s %6s %5s";

    private SeasonText() {
    }

    static List<String> batting(BattingSeason season) {
        if (season.games() == 0) {
            return List.of(noGames(season.subject(), "batting"));
        }
        BattingCounts counts = season.counts();
        return List.of(season.subject().describe() + " batting, " + season.games() + " game(s)",
                String.format(BATTING_ROW, "G", "PA", "AB", "R", "H", "2B", "3B", "HR", "RBI", "BB", "SO", "AVG", "OBP",
                        "SLG"),
                String.format(BATTING_ROW, season.games(), counts.pa(), counts.ab(), counts.runs(), counts.hits(),
                        counts.doubles(), counts.triples(), counts.homeruns(), counts.rbi(), counts.walks(), counts.so(),
                        StatText.average(counts.average()), StatText.average(counts.onBase()),
                        StatText.average(counts.slugging())));
    }

    static List<String> pitching(PitchingSeason season) {
        if (season.games() == 0) {
            return List.of(noGames(season.subject(), "pitching"));
        }
        PitchingCounts counts = season.counts();
        return List.of(season.subject().describe() + " pitching, " + season.games() + " game(s)",
                String.format(PITCHING_ROW, "G", "IP", "H", "R", "ER", "BB", "SO", "ERA", "WHIP"),
                String.format(PITCHING_ROW, season.games(), counts.inningsPitched(), counts.hits(), counts.runs(),
                        counts.earnedRuns(), counts.walks(), counts.so(), StatText.twoDecimals(counts.era()),
                        StatText.twoDecimals(counts.whip())));
    }

    private static String noGames(StatSubject subject, String line) {
        return subject.describe() + " has no " + line + " line in the stat views. If games were played since the"
                + " last refresh, run \"stratdb stats refresh\"; an sba player is --player, a pd card --card.";
    }
}
