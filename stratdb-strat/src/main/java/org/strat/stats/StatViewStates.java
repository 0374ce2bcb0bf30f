package org.strat.stats;

import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which stat views exist in the connection's current schema, and whether each has been populated, as
 * {@code pg_matviews} reports them. Reading an unpopulated view fails, and so does refreshing it CONCURRENTLY.
 */
final class StatViewStates {

    private StatViewStates() {
    }

    /** Every stat view that exists, with whether it is populated; throws when any is missing. */
    static Map<StatView, Boolean> requireExisting(Connection connection) throws SQLException {
        Map<StatView, Boolean> populated = read(connection);
        List<String> missing = new ArrayList<>();
        for (StatView view : StatView.values()) {
            if (!populated.containsKey(view)) {
                missing.add(view.viewName());
            }
        }
        if (!missing.isEmpty()) {
            throw new StatViewsMissingException(missing);
        }
        return populated;
    }

    /** Throws unless every stat view exists and is populated, so that a query on them can run. */
    static void requireReadable(Connection connection) throws SQLException {
        List<String> unpopulated = requireExisting(connection).entrySet().stream()
                .filter(entry -> !entry.getValue()).map(entry -> entry.getKey().viewName()).toList();
        if (!unpopulated.isEmpty()) {
            throw new StatViewsNotPopulatedException(unpopulated);
        }
    }

    private static Map<StatView, Boolean> read(Connection connection) throws SQLException {
        Object[] names = Arrays.stream(StatView.values()).map(StatView::viewName).toArray();
        Map<StatView, Boolean> populated = new EnumMap<>(StatView.class);
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(StatViewStates.class, "populated"))) {
            statement.setArray(1, connection.createArrayOf("text", names));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    populated.put(viewNamed(rows.getString("matviewname")), rows.getBoolean("ispopulated"));
                }
            }
        }
        return populated;
    }

    private static StatView viewNamed(String name) {
        return Arrays.stream(StatView.values()).filter(view -> view.viewName().equals(name)).findFirst().orElseThrow();
    }
}
