package org.strat.migrate.catalog;

import org.strat.migrate.sql.SqlResource;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads a {@link SchemaSnapshot} of one schema through PostgreSQL's own renderers ({@code format_type},
 * {@code pg_get_expr}, {@code pg_get_constraintdef}, {@code pg_get_indexdef}, {@code pg_get_viewdef}).
 *
 * <p>Those renderers qualify a name with its schema only when the name is not visible on the {@code search_path},
 * so the reader puts the schema it reads first on the path while it reads (and the caller's extra schemas after
 * it), then puts the path back: objects of the schema print unqualified, whichever schema they live in, and a
 * scratch schema reads like {@code public}. Works inside or outside the caller's transaction; the caller owns the
 * connection. Not thread-safe.
 */
public final class SchemaReader {

    /** Whether a snapshot includes the migration tools' own tables. */
    public enum Scope {
        /** Everything in the schema: what a schema dump must recreate. */
        EVERYTHING,
        /** Without stratdb's bookkeeping ({@code stratdb_*}) and Alembic's {@code alembic_version}: the application's schema. */
        APPLICATION
    }

    /** The prefix of stratdb's bookkeeping tables (and the sequences they own). */
    public static final String TOOL_PREFIX = "stratdb_";
    /** The version table of the original Python backend's Alembic. */
    public static final String ALEMBIC_VERSION_TABLE = "alembic_version";

    private final Connection connection;

    public SchemaReader(Connection connection) {
        this.connection = connection;
    }

    /** The schema that unqualified names create into on this connection (usually {@code public}). */
    public String currentSchema() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("current-schema"));
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            if (rows.getString(1) == null) {
                throw new SQLException("No schema of the search_path (" + rows.getString(2) + ") exists in this database");
            }
            return rows.getString(1);
        }
    }

    /** Whether a table name belongs to a migration tool rather than to the application. */
    public static boolean isToolTable(String table) {
        return table.startsWith(TOOL_PREFIX) || table.equals(ALEMBIC_VERSION_TABLE);
    }

    public SchemaSnapshot read(String schema, Scope scope, String... alsoVisible) throws SQLException {
        String previousPath = currentSearchPath();
        List<String> path = new ArrayList<>(List.of(schema));
        path.addAll(Arrays.asList(alsoVisible));
        setSearchPath(String.join(", ", path.stream().map(Identifiers::quote).toList()));
        try {
            Predicate<String> wanted = scope == Scope.EVERYTHING ? name -> true : name -> !isToolTable(name);
            return readVisible(schema, wanted);
        } finally {
            setSearchPath(previousPath);
        }
    }

    private SchemaSnapshot readVisible(String schema, Predicate<String> wanted) throws SQLException {
        Map<String, TableParts> tables = new TreeMap<>();
        query("tables", schema, rows -> {
            if (wanted.test(rows.getString(1))) {
                tables.put(rows.getString(1), new TableParts());
            }
        });
        query("columns", schema, rows -> with(tables, rows.getString(1), parts -> parts.columns.add(new Column(
                rows.getString(2), rows.getString(3), rows.getBoolean(4), rows.getString(5), rows.getString(6),
                rows.getString(7), rows.getString(8)))));
        query("constraints", schema, rows -> with(tables, rows.getString(1), parts -> parts.constraints.add(constraint(rows))));
        Map<String, List<Index>> indexes = new LinkedHashMap<>();
        query("indexes", schema, rows -> indexes.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(new Index(
                rows.getString(2), rows.getString(1), rows.getBoolean(3), rows.getString(4), strings(rows.getArray(5)),
                rows.getString(6), rows.getString(7), rows.getBoolean(8))));
        Map<String, View> views = new TreeMap<>();
        query("views", schema, rows -> views.put(rows.getString(1), new View(rows.getString(1), rows.getBoolean(2),
                rows.getString(3), indexes.getOrDefault(rows.getString(1), List.of()), strings(rows.getArray(4)))));
        Map<String, Sequence> sequences = new TreeMap<>();
        query("sequences", schema, rows -> {
            String owner = rows.getString(9);
            if (owner == null || wanted.test(owner)) {
                sequences.put(rows.getString(1), new Sequence(rows.getString(1), rows.getString(2), rows.getLong(3),
                        rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getBoolean(8),
                        owner == null ? null : owner + "." + rows.getString(10)));
            }
        });
        Map<String, Table> built = new TreeMap<>();
        tables.forEach((name, parts) -> built.put(name, new Table(name, parts.columns, parts.constraints,
                indexes.getOrDefault(name, List.of()))));
        return new SchemaSnapshot(schema, built, views, sequences);
    }

    private static Constraint constraint(ResultSet rows) throws SQLException {
        Constraint.Kind kind = Constraint.Kind.fromCode(rows.getString(3));
        ForeignKey foreignKey = kind != Constraint.Kind.FOREIGN_KEY ? null : new ForeignKey(strings(rows.getArray(5)),
                rows.getString(6), strings(rows.getArray(7)), ForeignKey.rule(rows.getString(8)),
                ForeignKey.rule(rows.getString(9)));
        return new Constraint(rows.getString(2), kind, rows.getString(4), strings(rows.getArray(5)), foreignKey);
    }

    private static void with(Map<String, TableParts> tables, String table, PartsConsumer consumer) throws SQLException {
        TableParts parts = tables.get(table);
        if (parts != null) {
            consumer.accept(parts);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private void query(String name, String schema, RowConsumer consumer) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql(name))) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
        }
    }

    private String currentSearchPath() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("current-schema"));
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(2);
        }
    }

    // Local to the caller's transaction when there is one, so that a rollback cannot leave the path changed.
    private void setSearchPath(String path) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("search-path"))) {
            statement.setString(1, path);
            statement.setBoolean(2, !connection.getAutoCommit());
            statement.execute();
        }
    }

    private static String sql(String name) {
        return SqlResource.of(SchemaReader.class, name);
    }

    private static final class TableParts {
        final List<Column> columns = new ArrayList<>();
        final List<Constraint> constraints = new ArrayList<>();
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet rows) throws SQLException;
    }

    @FunctionalInterface
    private interface PartsConsumer {
        void accept(TableParts parts) throws SQLException;
    }
}
