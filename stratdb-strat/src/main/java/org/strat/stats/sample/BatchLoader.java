package org.strat.stats.sample;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes batches of simulated games over one connection with one COPY per table in foreign-key order: either
 * each batch in a transaction of its own, lineup ids drawn from their sequence ({@link #load}), or into the
 * caller's open transaction ({@link #write}). A failure in {@link #load} rolls the batch back, so the database
 * only ever holds whole games.
 *
 * <p>Uses the caller's connection and does not close it. Not thread-safe: one per connection.
 */
final class BatchLoader {

    private final Connection connection;
    private final CopyManager copy;
    private final boolean cards;
    private final SampleRows rows;
    private final LineupIds ids;

    BatchLoader(Connection connection, boolean cards) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.cards = cards;
        this.rows = new SampleRows(cards);
        this.ids = new LineupIds(connection);
    }

    /** Loads the games and commits. */
    void load(List<SimulatedGame> games) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql("relax-commit"));
            }
            rows.clear();
            rows.addAll(games, ids);
            write(rows);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollBack(e);
            throw e;
        }
    }

    /** COPYs the rows in the connection's current transaction, and neither commits nor rolls back. */
    void write(SampleRows rows) throws SQLException {
        copy("copy-games", rows.games);
        copy("copy-lineups", rows.lineups);
        copy("copy-rolls", rows.rolls);
        copy("copy-plays", rows.plays);
        copy("copy-roster_links", rows.rosterLinks);
        if (cards) {
            copy("copy-game_cardset_links", rows.cardsetLinks);
        }
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
