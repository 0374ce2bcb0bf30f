package org.strat.stats;

import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Reads season lines: one player's or card's stats summed over every game in the stat views (games carry no
 * season yet, so the season is the whole database).
 *
 * <p>Each call is an index look-up on the views' player or card index. Usage:
 * {@code new SeasonLines(ConnectionSource.of(settings)).batting(StatSubject.player(1001))}. Thread-safe.
 */
public final class SeasonLines {

    private final ConnectionSource connections;

    public SeasonLines(ConnectionSource connections) {
        this.connections = connections;
    }

    /** Show one player's or card's season batting line from the stat views. */
    public BattingSeason batting(StatSubject subject) {
        return ReadTransaction.run(connections, "read the batting line of " + subject.describe(), connection -> {
            try (ResultSet row = query(connection, "batting", subject)) {
                row.next();
                return new BattingSeason(subject, row.getInt("games"), StatRows.batting(row));
            }
        });
    }

    /** Show one player's or card's season pitching line from the stat views. */
    public PitchingSeason pitching(StatSubject subject) {
        return ReadTransaction.run(connections, "read the pitching line of " + subject.describe(), connection -> {
            try (ResultSet row = query(connection, "pitching", subject)) {
                row.next();
                return new PitchingSeason(subject, row.getInt("games"), StatRows.pitching(row));
            }
        });
    }

    // One statement per id column rather than "player_id = ? OR card_id = ?", so that each is a plain look-up
    // on its own partial index.
    private static ResultSet query(Connection connection, String line, StatSubject subject) throws SQLException {
        String name = line + "-" + subject.kind().name().toLowerCase(Locale.ROOT);
        PreparedStatement statement = connection.prepareStatement(SqlResource.of(SeasonLines.class, name));
        statement.closeOnCompletion();
        statement.setInt(1, subject.id());
        return statement.executeQuery();
    }
}
