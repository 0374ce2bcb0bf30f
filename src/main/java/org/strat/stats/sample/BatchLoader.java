package org.strat.stats.sample;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.strat.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Writes batches of simulated games over one connection, each batch in one transaction: lineup ids drawn from
 * their sequence, then one COPY per table in foreign-key order. A failure rolls the batch back, so the
 * database only ever holds whole games.
 *
 * <p>Uses the caller's connection and does not close it. Not thread-safe: one per connection.
 */
final class BatchLoader {

    private final Connection connection;
    private final CopyManager copy;
    private final SampleRows rows;
    private final boolean cards;

    BatchLoader(Connection connection, boolean cards) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.rows = new SampleRows(cards);
        this.cards = cards;
    }

    /** Loads the games and commits; returns the number of plays written. */
    long load(List<SimulatedGame> games) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql("relax-commit"));
            }
            int[] ids = reserveLineupIds(games.stream().mapToInt(game -> game.lineups().size()).sum());
            rows.clear();
            int next = 0;
            long plays = 0;
            for (SimulatedGame game : games) {
                rows.add(game, ids, next);
                next += game.lineups().size();
                plays += game.plays().size();
            }
            copy("copy-games", rows.games);
            copy("copy-lineups", rows.lineups);
            copy("copy-rolls", rows.rolls);
            copy("copy-plays", rows.plays);
            copy("copy-roster_links", rows.rosterLinks);
            if (cards) {
                copy("copy-game_cardset_links", rows.cardsetLinks);
            }
            connection.commit();
            return plays;
        } catch (SQLException | RuntimeException e) {
            rollBack(e);
            throw e;
        }
    }

    private int[] reserveLineupIds(int count) throws SQLException {
        int[] ids = new int[count];
        try (PreparedStatement statement = connection.prepareStatement(sql("reserve-lineup-ids"))) {
            statement.setInt(1, count);
            try (ResultSet row = statement.executeQuery()) {
                for (int i = 0; i < count && row.next(); i++) {
                    ids[i] = row.getInt(1);
                }
            }
        }
        // Substitutes refer to the entries they replaced; ascending ids keep every entry after the one it replaced.
        Arrays.sort(ids);
        return ids;
    }

    private void copy(String statement, CopyText text) throws SQLException {
        CopyIn in = copy.copyIn(sql(statement));
        try {
            in.writeToCopy(text.buffer(), 0, text.length());
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private void rollBack(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static String sql(String name) {
        return SqlResource.of(BatchLoader.class, name);
    }
}
