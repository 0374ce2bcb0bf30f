package org.strat.migrate.plan;

import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the plan reads from the live database besides its schema: the relations' sizes and the locks other
 * sessions hold now, both from system views that lock no relation. The caller owns the connection.
 */
public final class LiveDatabase {

    private final Connection connection;
    private final String schema;

    public LiveDatabase(Connection connection, String schema) {
        this.connection = connection;
        this.schema = schema;
    }

    /** Every relation of the schema, by name. */
    public Map<String, RelationSize> sizes() throws SQLException {
        Map<String, RelationSize> sizes = new TreeMap<>();
        query("sizes", rows -> {
            long tuples = rows.getLong(3);
            Long estimate = rows.wasNull() ? null : tuples;
            sizes.put(rows.getString(1), new RelationSize(rows.getString(1), rows.getString(2).charAt(0), estimate,
                    rows.getLong(4), rows.getLong(5)));
        });
        return sizes;
    }

    /** The relation locks other sessions hold on the schema's relations right now. */
    public List<BlockingSession> heldLocks() throws SQLException {
        List<BlockingSession> held = new ArrayList<>();
        query("held-locks", rows -> {
            LockMode mode = LockMode.ofPgName(rows.getString(2));
            if (mode != null) {
                held.add(new BlockingSession(rows.getInt(3), rows.getString(4), rows.getString(5), rows.getDouble(6),
                        rows.getString(1), mode));
            }
        });
        return held;
    }

    /** Client sessions of this database with an open transaction holding a snapshot or transaction id. */
    public List<BlockingSession> openTransactions() throws SQLException {
        List<BlockingSession> open = new ArrayList<>();
        query("open-transactions", rows -> open.add(new BlockingSession(rows.getInt(1), rows.getString(2),
                rows.getString(3), rows.getDouble(4), null, null)));
        return open;
    }

    private void query(String name, RowConsumer consumer) throws SQLException {
        String sql = SqlResource.of(LiveDatabase.class, name);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (sql.contains("?")) {
                statement.setString(1, schema);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet rows) throws SQLException;
    }
}
