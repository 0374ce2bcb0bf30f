package org.strat.stats;

import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads box scores from the stat views.
 *
 * <p>Usage: {@code new BoxScores(ConnectionSource.of(settings)).of(gameId)}. Each call uses one connection and
 * closes it; thread-safe.
 */
public final class BoxScores {

    private final ConnectionSource connections;

    public BoxScores(ConnectionSource connections) {
        this.connections = connections;
    }

    /**
     * Show one game's box score from the stat views.
     *
     * <p>Counts come from the views, so they are as of the last refresh. The runs per inning come from the game's
     * plays (an index look-up on one game), cut at the number of plays the views had counted, so that the line
     * score of a game still being played agrees with its totals.
     *
     * @throws GameNotFoundException when there is no such game, or the views were refreshed before it
     */
    public BoxScore of(UUID gameId) {
        return ReadTransaction.run(connections, "read the box score of game " + gameId, connection -> {
            GameRow game = game(connection, gameId);
            InningRuns runs = inningRuns(connection, gameId, game.plays());
            List<BattingOrder.Entry> batting = batting(connection, gameId);
            List<PitchingLine> pitching = pitching(connection, gameId);
            return new BoxScore(gameId, game.league(), game.status(),
                    new TeamLine(game.awayTeamId(), runs.line(runs.top()), game.awayRuns(), game.awayHits(),
                            game.awayErrors()),
                    new TeamLine(game.homeTeamId(), runs.line(runs.bottom()), game.homeRuns(), game.homeHits(),
                            game.homeErrors()),
                    teamBox(game.awayTeamId(), batting, pitching), teamBox(game.homeTeamId(), batting, pitching));
        });
    }

    private record GameRow(String league, String status, int awayTeamId, int homeTeamId, int awayRuns, int awayHits,
                           int awayErrors, int homeRuns, int homeHits, int homeErrors, int plays) {
    }

    private static GameRow game(Connection connection, UUID gameId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(BoxScores.class, "game"))) {
            statement.setObject(1, gameId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new GameNotFoundException(gameId, false);
                }
                if (!row.getBoolean("in_views")) {
                    throw new GameNotFoundException(gameId, true);
                }
                return new GameRow(row.getString("league_id"), row.getString("status"), row.getInt("away_team_id"),
                        row.getInt("home_team_id"), row.getInt("away_runs"), row.getInt("away_hits"),
                        row.getInt("away_errors"), row.getInt("home_runs"), row.getInt("home_hits"),
                        row.getInt("home_errors"), row.getInt("plays"));
            }
        }
    }

    /** Runs per inning of each half; a half with no plays (not batted) has no entry. */
    private record InningRuns(Map<Integer, Integer> top, Map<Integer, Integer> bottom) {

        int innings() {
            return Math.max(top.keySet().stream().mapToInt(Integer::intValue).max().orElse(0),
                    bottom.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        }

        List<Integer> line(Map<Integer, Integer> half) {
            List<Integer> line = new ArrayList<>();
            for (int inning = 1; inning <= innings(); inning++) {
                line.add(half.get(inning));
            }
            return line;
        }
    }

    private static InningRuns inningRuns(Connection connection, UUID gameId, int playsCounted) throws SQLException {
        InningRuns runs = new InningRuns(new HashMap<>(), new HashMap<>());
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(BoxScores.class, "innings"))) {
            statement.setObject(1, gameId);
            statement.setInt(2, playsCounted);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Map<Integer, Integer> half = "top".equals(row.getString("half")) ? runs.top() : runs.bottom();
                    half.put(row.getInt("inning"), row.getInt("runs"));
                }
            }
        }
        return runs;
    }

    private static List<BattingOrder.Entry> batting(Connection connection, UUID gameId) throws SQLException {
        List<BattingOrder.Entry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(BoxScores.class, "batting"))) {
            statement.setObject(1, gameId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    BattingLine line = new BattingLine(row.getInt("lineup_id"), row.getInt("team_id"),
                            StatRows.subject(row), row.getString("position"), StatRows.nullableInt(row, "batting_order"),
                            0, StatRows.batting(row));
                    entries.add(new BattingOrder.Entry(line, StatRows.nullableInt(row, "replacing_id"),
                            StatRows.nullableInt(row, "entered_game_at")));
                }
            }
        }
        return entries;
    }

    private static List<PitchingLine> pitching(Connection connection, UUID gameId) throws SQLException {
        List<PitchingLine> lines = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(BoxScores.class, "pitching"))) {
            statement.setObject(1, gameId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    lines.add(new PitchingLine(row.getInt("lineup_id"), row.getInt("team_id"), StatRows.subject(row),
                            StatRows.pitching(row)));
                }
            }
        }
        return lines;
    }

    private static TeamBox teamBox(int teamId, List<BattingOrder.Entry> batting, List<PitchingLine> pitching) {
        return new TeamBox(teamId,
                BattingOrder.arrange(batting.stream().filter(entry -> entry.line().teamId() == teamId).toList()),
                pitching.stream().filter(line -> line.teamId() == teamId).toList());
    }
}
