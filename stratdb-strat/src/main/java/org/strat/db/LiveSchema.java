package org.strat.db;

import org.postgresql.core.BaseConnection;
import org.postgresql.core.TypeInfo;
import org.strat.migrate.sql.SqlResource;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live columns of the mapped tables, read from pg_catalog in one query, each with the JDBC type code, type
 * name and size that the PostgreSQL driver's {@code DatabaseMetaData.getColumns} would report for it: what
 * Hibernate's validator compares the models against.
 *
 * <p>Not thread-safe (a connection is not); the caller owns the connection.
 */
final class LiveSchema {

    /** A live column: {@code declaredType} is how PostgreSQL prints it ({@code format_type}), for messages. */
    record Column(String declaredType, String typeName, int jdbcTypeCode, int size, int decimalDigits) {
    }

    private final Map<String, Map<String, Column>> tables;

    private LiveSchema(Map<String, Map<String, Column>> tables) {
        this.tables = tables;
    }

    static LiveSchema read(Connection connection, List<String> tableNames) throws SQLException {
        TypeInfo types = connection.unwrap(BaseConnection.class).getTypeInfo();
        Map<String, Map<String, Column>> tables = new HashMap<>();
        Array names = connection.createArrayOf("text", tableNames.toArray());
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(LiveSchema.class, "columns"))) {
            statement.setArray(1, names);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getBoolean("found")) {
                        continue;
                    }
                    Map<String, Column> columns = tables.computeIfAbsent(rows.getString("name"), key -> new HashMap<>());
                    if (rows.getString("attname") != null) {
                        columns.put(rows.getString("attname"), column(rows, types));
                    }
                }
            }
        } finally {
            names.free();
        }
        return new LiveSchema(tables);
    }

    private static Column column(ResultSet rows, TypeInfo types) throws SQLException {
        int sizeType = types.longOidToInt(rows.getLong("size_type"));
        int sizeModifier = rows.getInt("size_modifier");
        return new Column(rows.getString("declared_type"), rows.getString("typname"),
                jdbcTypeCode(rows.getString("typtype"), types.longOidToInt(rows.getLong("atttypid")), types),
                types.getPrecision(sizeType, sizeModifier), types.getScale(sizeType, sizeModifier));
    }

    /**
     * The code pgjdbc's getColumns reports (PgDatabaseMetaData, 42.7): composite, domain and enum types by their
     * kind, every other type through the connection's type cache. The cache answers the built-in types (every type
     * the models use today, uuid and jsonb included) without a query; another type costs one query per connection
     * the first time, as it does in getColumns.
     */
    private static int jdbcTypeCode(String typtype, int typeOid, TypeInfo types) throws SQLException {
        return switch (typtype) {
            case "c" -> Types.STRUCT;
            case "d" -> Types.DISTINCT;
            case "e" -> Types.VARCHAR;
            default -> types.getSQLType(typeOid);
        };
    }

    /** The table's columns keyed by name, or null when the name resolves to no table or view. */
    Map<String, Column> columnsOf(String tableName) {
        return tables.get(tableName);
    }
}
