package org.strat.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a hand-scored game into a test database: the game, lineup entries with ids the test chooses, and plays
 * whose counting columns are spelled out one by one, the way a scorer fills in a scorebook.
 *
 * <p>A play's counts are written as words: a bare name counts 1 ({@code "pa ab hit double"}), {@code name=n}
 * sets a number ({@code "rbi=2 run=2 e_run=1"}), {@code 1st=101>4} puts lineup entry 101 on first and says where
 * he ended (0 out, 1-3 a base, 4 scored), {@code bf=1} is where the batter ended, {@code runner=101} names the
 * runner of a baserunning play and {@code outs=2} the outs recorded. Nothing here adds anything up: every count
 * a view reads is in the test's own words.
 */
final class ScoreSheet {

    private static final Map<String, String> BASES = Map.of("1st", "on_first", "2nd", "on_second", "3rd", "on_third");

    private final Connection connection;
    private final UUID gameId;
    private int playNumber;

    private ScoreSheet(Connection connection, UUID gameId) {
        this.connection = connection;
        this.gameId = gameId;
    }

    /** A completed game with its final score (the games row is what a box score's header reads). */
    static ScoreSheet game(Connection connection, UUID gameId, String league, int awayTeam, int homeTeam, int awayScore,
                           int homeScore, int lastInning, String lastHalf) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO games (id, league_id, away_team_id, home_team_id, away_score, home_score, current_inning,
                                   current_half, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'completed')
                """)) {
            statement.setObject(1, gameId);
            statement.setString(2, league);
            statement.setInt(3, awayTeam);
            statement.setInt(4, homeTeam);
            statement.setInt(5, awayScore);
            statement.setInt(6, homeScore);
            statement.setInt(7, lastInning);
            statement.setString(8, lastHalf);
            statement.executeUpdate();
        }
        return new ScoreSheet(connection, gameId);
    }

    /** Nine starters of one team, lineup ids {@code firstId} to {@code firstId + 8} in batting order, and the starting pitcher at {@code firstId + 9}. */
    ScoreSheet starters(int firstId, int teamId, boolean cards, int firstPerson, int pitcherPerson) throws SQLException {
        String[] positions = {"CF", "SS", "1B", "LF", "C", "3B", "RF", "2B", "DH"};
        for (int slot = 0; slot < 9; slot++) {
            lineup(firstId + slot, teamId, cards, firstPerson + slot, positions[slot], slot + 1, null, null);
        }
        return lineup(firstId + 9, teamId, cards, pitcherPerson, "P", null, null, null);
    }

    ScoreSheet lineup(int id, int teamId, boolean cards, int person, String position, Integer battingOrder,
                      Integer replacing, Integer enteredAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO lineups (id, game_id, team_id, card_id, player_id, position, batting_order, is_starter,
                                     replacing_id, entered_game_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            statement.setInt(1, id);
            statement.setObject(2, gameId);
            statement.setInt(3, teamId);
            statement.setObject(4, cards ? person : null);
            statement.setObject(5, cards ? null : person);
            statement.setString(6, position);
            statement.setObject(7, battingOrder);
            statement.setBoolean(8, replacing == null);
            statement.setObject(9, replacing);
            statement.setObject(10, enteredAt);
            statement.executeUpdate();
        }
        return this;
    }

    /**
     * The next play: "T1" is the top of the first, "B9" the bottom of the ninth.
     *
     * @param counts the play's counts and runners in the words of the class comment
     */
    ScoreSheet play(String halfInning, int outsBefore, int batter, int pitcher, String outcome, String counts)
            throws SQLException {
        Map<String, Object> columns = new HashMap<>();
        columns.put("game_id", gameId);
        columns.put("play_number", ++playNumber);
        columns.put("half", halfInning.charAt(0) == 'T' ? "top" : "bottom");
        columns.put("inning", Integer.parseInt(halfInning.substring(1)));
        columns.put("outs_before", outsBefore);
        columns.put("batter_id", batter);
        columns.put("pitcher_id", pitcher);
        columns.put("outcome", outcome);
        int onBaseCode = 0;
        int outs = 0;
        for (String word : counts.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String[] parts = word.split("=", 2);
            String name = parts[0];
            if (BASES.containsKey(name)) {
                String[] runner = parts[1].split(">");
                columns.put(BASES.get(name) + "_id", Integer.parseInt(runner[0]));
                columns.put(BASES.get(name) + "_final", Integer.parseInt(runner[1]));
                onBaseCode |= switch (name) {
                    case "1st" -> 1;
                    case "2nd" -> 2;
                    default -> 4;
                };
            } else if (name.equals("bf")) {
                columns.put("batter_final", Integer.parseInt(parts[1]));
            } else if (name.equals("runner")) {
                columns.put("runner_id", Integer.parseInt(parts[1]));
            } else if (name.equals("outs")) {
                outs = Integer.parseInt(parts[1]);
                columns.put("outs_recorded", outs);
            } else {
                columns.put(name, parts.length == 1 ? 1 : Integer.parseInt(parts[1]));
            }
        }
        columns.put("outs_after", outsBefore + outs);
        columns.put("on_base_code", onBaseCode);
        insertPlay(columns);
        return this;
    }

    private void insertPlay(Map<String, Object> columns) throws SQLException {
        String names = String.join(", ", columns.keySet());
        String marks = String.join(", ", columns.keySet().stream().map(name -> "?").toList());
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO plays (" + names + ") VALUES (" + marks + ")")) {
            int index = 1;
            for (Object value : columns.values()) {
                statement.setObject(index++, value);
            }
            statement.executeUpdate();
        }
    }
}
