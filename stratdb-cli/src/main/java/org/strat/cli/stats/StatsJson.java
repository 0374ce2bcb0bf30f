package org.strat.cli.stats;

import org.strat.stats.BattingCounts;
import org.strat.stats.BattingLine;
import org.strat.stats.BattingSeason;
import org.strat.stats.BoxScore;
import org.strat.stats.PitchingCounts;
import org.strat.stats.PitchingLine;
import org.strat.stats.PitchingSeason;
import org.strat.stats.StatSubject;
import org.strat.stats.TeamBox;
import org.strat.stats.TeamLine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code --json} shapes of the stats commands: every count under the view's column name, innings as outs and
 * as "5.2", rates rounded (null when undefined).
 */
final class StatsJson {

    private StatsJson() {
    }

    static Map<String, Object> boxScore(BoxScore box) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("game_id", box.gameId().toString());
        json.put("league", box.league());
        json.put("status", box.status());
        Map<String, Object> lineScore = new LinkedHashMap<>();
        lineScore.put("away", teamLine(box.awayLine()));
        lineScore.put("home", teamLine(box.homeLine()));
        json.put("line_score", lineScore);
        json.put("away", team(box.away()));
        json.put("home", team(box.home()));
        return json;
    }

    static Map<String, Object> batting(BattingSeason season) {
        Map<String, Object> json = subject(season.subject());
        json.put("games", season.games());
        json.putAll(batting(season.counts()));
        json.put("avg", StatText.rounded(season.counts().average(), 3));
        json.put("obp", StatText.rounded(season.counts().onBase(), 3));
        json.put("slg", StatText.rounded(season.counts().slugging(), 3));
        return json;
    }

    static Map<String, Object> pitching(PitchingSeason season) {
        Map<String, Object> json = subject(season.subject());
        json.put("games", season.games());
        json.putAll(pitching(season.counts()));
        json.put("era", StatText.rounded(season.counts().era(), 2));
        json.put("whip", StatText.rounded(season.counts().whip(), 2));
        return json;
    }

    private static Map<String, Object> teamLine(TeamLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("team_id", line.teamId());
        json.put("innings", line.innings());
        json.put("runs", line.runs());
        json.put("hits", line.hits());
        json.put("errors", line.errors());
        return json;
    }

    private static Map<String, Object> team(TeamBox team) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("team_id", team.teamId());
        json.put("batting", team.batting().stream().map(StatsJson::battingLine).toList());
        json.put("pitching", team.pitching().stream().map(StatsJson::pitchingLine).toList());
        return json;
    }

    private static Map<String, Object> battingLine(BattingLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lineup_id", line.lineupId());
        json.putAll(subject(line.subject()));
        json.put("position", line.position());
        json.put("batting_order", line.battingOrder());
        json.put("substitute_depth", line.substituteDepth());
        json.putAll(batting(line.counts()));
        return json;
    }

    private static Map<String, Object> pitchingLine(PitchingLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lineup_id", line.lineupId());
        json.putAll(subject(line.subject()));
        json.putAll(pitching(line.counts()));
        return json;
    }

    private static Map<String, Object> subject(StatSubject subject) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("player_id", subject.kind() == StatSubject.Kind.PLAYER ? subject.id() : null);
        json.put("card_id", subject.kind() == StatSubject.Kind.CARD ? subject.id() : null);
        return json;
    }

    private static Map<String, Object> batting(BattingCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pa", counts.pa());
        json.put("ab", counts.ab());
        json.put("run", counts.runs());
        json.put("hit", counts.hits());
        json.put("double", counts.doubles());
        json.put("triple", counts.triples());
        json.put("homerun", counts.homeruns());
        json.put("rbi", counts.rbi());
        json.put("bb", counts.bb());
        json.put("so", counts.so());
        json.put("hbp", counts.hbp());
        json.put("sac", counts.sac());
        json.put("ibb", counts.ibb());
        json.put("gidp", counts.gidp());
        json.put("sb", counts.sb());
        json.put("cs", counts.cs());
        return json;
    }

    private static Map<String, Object> pitching(PitchingCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("batters_faced", counts.battersFaced());
        json.put("outs", counts.outs());
        json.put("ip", counts.inningsPitched());
        json.put("hits", counts.hits());
        json.put("runs", counts.runs());
        json.put("earned_runs", counts.earnedRuns());
        json.put("bb", counts.bb());
        json.put("ibb", counts.ibb());
        json.put("so", counts.so());
        json.put("hbp", counts.hbp());
        json.put("homeruns", counts.homeruns());
        json.put("wild_pitches", counts.wildPitches());
        json.put("balks", counts.balks());
        return json;
    }
}
