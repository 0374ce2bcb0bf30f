package org.strat.cli.stats;

import org.strat.stats.BattingCounts;
import org.strat.stats.BattingLine;
import org.strat.stats.BoxScore;
import org.strat.stats.PitchingCounts;
import org.strat.stats.PitchingLine;
import org.strat.stats.TeamBox;
import org.strat.stats.TeamLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a box score as a newspaper prints one: the line score (an "x" where the home team did not need to
 * bat), then each team's batters in batting order with substitutes indented under the man they replaced, then
 * its pitchers in the order they pitched.
 */
final class BoxScoreText {

    private static final String BATTING_ROW = "%-2s %-24s %-3s %3d %3d %3d %3d %3d %3d";
    private static final String PITCHING_ROW = "%-31s %5s %3d %3d %3d %3d %3d %3d";

    private BoxScoreText() {
    }

    static List<String> lines(BoxScore box) {
        List<String> lines = new ArrayList<>();
        lines.add("Game " + box.gameId() + " (" + box.league() + ", " + box.status() + ")");
        lines.add("");
        lineScore(box, lines);
        batting("Away", box.away(), lines);
        batting("Home", box.home(), lines);
        pitching("Away", box.away(), lines);
        pitching("Home", box.home(), lines);
        lines.remove(lines.size() - 1);
        return lines;
    }

    private static void lineScore(BoxScore box, List<String> lines) {
        StringBuilder header = new StringBuilder(String.format("%-13s", ""));
        for (int inning = 1; inning <= box.innings(); inning++) {
            header.append(String.format("%3d", inning));
        }
        lines.add(header.append("     R   H   E").toString());
        lines.add(lineScoreRow("Away team " + box.awayLine().teamId(), box.awayLine(), box));
        lines.add(lineScoreRow("Home team " + box.homeLine().teamId(), box.homeLine(), box));
        lines.add("");
    }

    private static String lineScoreRow(String label, TeamLine line, BoxScore box) {
        StringBuilder row = new StringBuilder(String.format("%-13s", label));
        for (int inning = 0; inning < box.innings(); inning++) {
            Integer runs = inning < line.innings().size() ? line.innings().get(inning) : null;
            // A completed game's missing half is the home team's last, not needed; an unfinished game's is to come.
            row.append(String.format("%3s", runs != null ? runs : "completed".equals(box.status()) ? "x" : ""));
        }
        return row.append(String.format("  %4d%4d%4d", line.runs(), line.hits(), line.errors())).toString();
    }

    private static void batting(String side, TeamBox team, List<String> lines) {
        lines.add(String.format("%-30s  AB   R   H RBI  BB  SO", side + " team " + team.teamId() + " batting"));
        for (BattingLine line : team.batting()) {
            String slot = line.substituteDepth() == 0 && line.battingOrder() != null ? line.battingOrder().toString() : "";
            String name = "  ".repeat(line.substituteDepth()) + line.subject().describe();
            lines.add(battingRow(slot, name, line.position(), line.counts()));
        }
        lines.add(battingRow("", "Totals", "", team.battingTotals()));
        lines.add("");
    }

    private static String battingRow(String slot, String name, String position, BattingCounts counts) {
        return String.format(BATTING_ROW, slot, name, position, counts.ab(), counts.runs(), counts.hits(), counts.rbi(),
                counts.walks(), counts.so());
    }

    private static void pitching(String side, TeamBox team, List<String> lines) {
        lines.add(String.format("%-31s %5s %3s %3s %3s %3s %3s %3s", side + " team " + team.teamId() + " pitching",
                "IP", "H", "R", "ER", "BB", "SO", "HR"));
        for (PitchingLine line : team.pitching()) {
            lines.add(pitchingRow(line.subject().describe(), line.counts()));
        }
        lines.add(pitchingRow("Totals", team.pitchingTotals()));
        lines.add("");
    }

    private static String pitchingRow(String name, PitchingCounts counts) {
        return String.format(PITCHING_ROW, name, counts.inningsPitched(), counts.hits(), counts.runs(),
                counts.earnedRuns(), counts.walks(), counts.so(), counts.homeruns());
    }
}
