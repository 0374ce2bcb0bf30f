package org.strat.migrate.guard;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.strat.migrate.catalog.Identifiers;
import org.strat.migrate.sql.SqlResource;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Saves the rows of tables into a SQL file that {@code psql -v ON_ERROR_STOP=1 -f FILE} restores, written with
 * COPY ... TO STDOUT through the JDBC driver, so neither pg_dump (which refuses a newer server, and may be
 * missing) nor anything else need be installed.
 *
 * <p>The rows go back into a schema of their own, {@code stratdb_saved_<timestamp>}, one table per saved table
 * with the same columns (a column of the application's own type is saved as text, as that type may be what the
 * downgrade drops): restoring works whatever the downgrade left, a table gone or still there, a column gone, and
 * never mixes old rows into live tables; the operator copies back what is wanted from there.
 */
final class RowsFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    /** What was saved: the file, the schema a restore creates, and the tables (as the database names them). */
    record Saved(Path file, String schema, List<String> tables) {
    }

    private RowsFile() {
    }

    static Saved write(Connection connection, Path file, List<String> tables, String command) throws SQLException, IOException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String schema = "stratdb_saved_" + now.format(STAMP);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Set<String> copyNames = new HashSet<>();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            out.write("-- Rows saved by stratdb before \"" + command + "\", " + now.withNano(0) + ".\n"
                    + "-- Restore with: psql -v ON_ERROR_STOP=1 -d DATABASE -f " + file.getFileName() + "\n"
                    + "-- It creates the schema " + schema + " with a copy of each table below and its rows (columns of\n"
                    + "-- the application's own types as text); copy back from there what you need.\n"
                    + "SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\nBEGIN;\n"
                    + "CREATE SCHEMA " + schema + ";\n");
            for (String table : tables) {
                Table columns = columns(connection, table);
                String copyName = copyNames.add(columns.name()) ? columns.name() : columns.schema() + "_" + columns.name();
                copyNames.add(copyName);
                String target = schema + "." + Identifiers.quote(copyName);
                out.write("\n-- " + table + "\nCREATE TABLE " + target + " (" + String.join(", ", columns.definitions()) + ");\n");
                if (columns.names().isEmpty()) {
                    continue; // a table without columns has rows of nothing to save
                }
                out.write("COPY " + target + " (" + String.join(", ", columns.names()) + ") FROM stdin;\n");
                out.flush();
                copy.copyOut("COPY (SELECT " + String.join(", ", columns.names()) + " FROM ONLY " + table + ") TO STDOUT", out);
                out.write("\\.\n");
            }
            out.write("\nCOMMIT;\n");
        }
        return new Saved(file, schema, List.copyOf(tables));
    }

    private record Table(String name, String schema, List<String> names, List<String> definitions) {
    }

    // The table name is regclass output and every column is quoted by Identifiers: none can be a bind parameter.
    private static Table columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        String name = null;
        String schema = null;
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(RowsFile.class, "columns"))) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String column = Identifiers.quote(rows.getString(1));
                    names.add(column);
                    definitions.add(column + " " + rows.getString(2));
                    name = rows.getString(3);
                    schema = rows.getString(4);
                }
            }
        }
        return new Table(name, schema, names, definitions);
    }
}
