package org.strat.migrate.command;

import org.strat.db.SqlResource;
import org.strat.migrate.catalog.Identifiers;
import org.strat.migrate.revision.RevisionFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stops a downgrade, before its first statement, when it would drop tables or columns that hold rows: it reads the
 * downgrade sections about to run ({@code DROP TABLE}, {@code ALTER TABLE ... DROP COLUMN}) and counts the rows
 * of what they name. Refuses with the list ({@link DataLossRefusedException}), or, when the user confirmed, writes
 * a schema dump to the given file first and reports what goes.
 *
 * <p>Usage: {@code new Downgrade(context, DestructiveDowngradeGuard.dumpingFirst(file, loss -> print(loss)))}.
 * Immutable; {@link #OFF} (no guard) is what a {@link Downgrade} built without one uses.
 */
public final class DestructiveDowngradeGuard {

    /** No guard: for callers that drop data on purpose (tests, scripts that have their own backups). */
    public static final DestructiveDowngradeGuard OFF = new DestructiveDowngradeGuard(false, null, loss -> { });

    private final boolean active;
    private final Path dumpFile;
    private final Consumer<DataLoss> notice;

    private DestructiveDowngradeGuard(boolean active, Path dumpFile, Consumer<DataLoss> notice) {
        this.active = active;
        this.dumpFile = dumpFile;
        this.notice = notice;
    }

    /** Refuses any downgrade that would drop data. */
    public static DestructiveDowngradeGuard refusing() {
        return new DestructiveDowngradeGuard(true, null, loss -> { });
    }

    /** Lets a downgrade that drops data go on after writing a schema dump to {@code dumpFile}; tells {@code notice}. */
    public static DestructiveDowngradeGuard dumpingFirst(Path dumpFile, Consumer<DataLoss> notice) {
        return new DestructiveDowngradeGuard(true, dumpFile, notice);
    }

    /** Checks the downgrade sections of {@code files}, in the order they will run, on the downgrade's connection. */
    void check(Connection connection, List<RevisionFile> files, MigrationContext context, String target) throws SQLException {
        if (!active) {
            return;
        }
        List<DataLoss.Drop> drops = holdingRows(connection, files);
        if (drops.isEmpty()) {
            return;
        }
        if (dumpFile == null) {
            throw new DataLossRefusedException(target, drops);
        }
        SchemaDumpResult dump = new SchemaDump(context).run(connection);
        write(dump.sql());
        notice.accept(new DataLoss(drops, dumpFile, dump.method(), dump.note()));
    }

    private static List<DataLoss.Drop> holdingRows(Connection connection, List<RevisionFile> files) throws SQLException {
        Set<String> droppedTables = new LinkedHashSet<>();
        List<DropStatements.Dropped> droppedColumns = new ArrayList<>();
        for (RevisionFile file : files) {
            for (String statement : file.downgradeStatements()) {
                for (DropStatements.Dropped dropped : DropStatements.of(statement)) {
                    String table = tableName(connection, dropped.table());
                    if (table != null && dropped.column() == null) {
                        droppedTables.add(table);
                    } else if (table != null && columnExists(connection, table, dropped.column())) {
                        droppedColumns.add(new DropStatements.Dropped(table, dropped.column()));
                    }
                }
            }
        }
        List<DataLoss.Drop> drops = new ArrayList<>();
        for (String table : droppedTables) {
            addIfRows(drops, table, null, count(connection, "SELECT count(*) FROM " + table));
        }
        for (DropStatements.Dropped column : droppedColumns) {
            if (!droppedTables.contains(column.table())) {
                addIfRows(drops, column.table(), column.column(), count(connection,
                        "SELECT count(" + Identifiers.quote(column.column()) + ") FROM " + column.table()));
            }
        }
        return drops;
    }

    private static void addIfRows(List<DataLoss.Drop> drops, String table, String column, long rows) {
        if (rows > 0 && drops.stream().noneMatch(drop -> drop.table().equals(table) && Objects.equals(drop.column(), column))) {
            drops.add(new DataLoss.Drop(table, column, rows));
        }
    }

    private static String tableName(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("table"))) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static boolean columnExists(Connection connection, String table, String column) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("column"))) {
            statement.setString(1, table);
            statement.setString(2, column);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    // The table name is regclass output and the column is quoted by Identifiers: neither can be a bind parameter.
    private static long count(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void write(String sql) {
        try {
            Files.createDirectories(dumpFile.toAbsolutePath().getParent());
            Files.writeString(dumpFile, sql, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new MigrationRefusedException("Cannot write the schema dump " + dumpFile + " that must come before"
                    + " a downgrade that drops data (" + e + "), so nothing was run. Make its directory writable, then retry.");
        }
    }

    private static String sql(String name) {
        return SqlResource.of(DestructiveDowngradeGuard.class, name);
    }
}
