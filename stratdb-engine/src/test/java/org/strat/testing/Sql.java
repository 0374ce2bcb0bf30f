package org.strat.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** One-line queries for assertions. */
public final class Sql {

    private Sql() {
    }

    public static List<String> column(TestDatabase database, String query) {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    public static long count(TestDatabase database, String query) {
        return Long.parseLong(column(database, query).get(0));
    }

    public static List<String> tables(TestDatabase database) {
        return column(database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    }

    public static void execute(TestDatabase database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
