package org.strat.stats.sample;

import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The foreign keys and plain indexes of the tables sample games are written to, read from the catalog so that
 * they can be dropped before a bulk load and created again after it exactly as they were: same names, same
 * definitions, same validated state. What the statements could not bring back as it was (a comment, a
 * clustered index, a key that views depend on) is not listed and stays in place; see {@code read.sql}.
 *
 * <p>Meant for one transaction on the caller's connection, which it does not close: a failure anywhere after
 * {@link #drop()} rolls the drops back with everything else. Not thread-safe.
 */
final class RebuildableObjects {

    /** One foreign key or index, and the two statements that drop it and create it again. */
    record Definition(String kind, String name, String dropStatement, String createStatement) {
    }

    private final Connection connection;
    private final List<Definition> definitions;

    private RebuildableObjects(Connection connection, List<Definition> definitions) {
        this.connection = connection;
        this.definitions = List.copyOf(definitions);
    }

    /** Reads the definitions; call it after the tables are locked, so that nobody changes them in between. */
    static RebuildableObjects read(Connection connection) throws SQLException {
        List<Definition> definitions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(RebuildableObjects.class, "read"));
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                definitions.add(new Definition(row.getString("kind"), row.getString("name"),
                        row.getString("drop_statement"), row.getString("create_statement")));
            }
        }
        return new RebuildableObjects(connection, definitions);
    }

    List<Definition> definitions() {
        return definitions;
    }

    /** Drops the foreign keys, then the indexes. */
    void drop() throws SQLException {
        for (Definition definition : definitions) {
            execute(definition.dropStatement());
        }
    }

    /**
     * Creates the indexes, then adds the foreign keys back: each one is checked over the whole table by one
     * query, and a row that breaks it fails the statement (PostgreSQL documentation, ALTER TABLE, "ADD
     * table_constraint"), and with it the caller's transaction.
     */
    void recreate(SampleDataProgress progress) throws SQLException {
        for (int i = definitions.size() - 1; i >= 0; i--) {
            Definition definition = definitions.get(i);
            progress.rebuildingObject(definition.kind(), definition.name(), definitions.size() - i, definitions.size());
            execute(definition.createStatement());
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
