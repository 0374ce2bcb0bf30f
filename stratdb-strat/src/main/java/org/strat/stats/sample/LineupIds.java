package org.strat.stats.sample;

import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Draws database ids for lineup entries from the serial's own sequence, so that they never collide with rows
 * written by anyone else. nextval is not transactional, so the connection may be in a transaction or not, and
 * need not be the one that writes the rows.
 *
 * <p>Uses the caller's connection and does not close it. Thread-safe: callers take turns on the connection.
 */
final class LineupIds {

    private final Connection connection;

    LineupIds(Connection connection) {
        this.connection = connection;
    }

    /** {@code count} fresh ids in ascending order. */
    synchronized int[] reserve(int count) throws SQLException {
        int[] ids = new int[count];
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(LineupIds.class, "reserve"))) {
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
}
