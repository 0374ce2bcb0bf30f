package org.strat.migrate.guard;

import org.strat.migrate.catalog.Identifiers;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.run.RevisionFailedException;
import org.strat.migrate.schema.SchemaDump;
import org.strat.migrate.schema.SchemaDumpResult;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.sql.SqlResource;

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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stops a downgrade, before its first statement, when it would remove rows: it reads the downgrade sections
 * about to run ({@link RowRemovals}: DROP of a table, schema, type or anything else and what the catalog says goes
 * with it, DROP COLUMN, TRUNCATE with its cascade, DELETE) and counts the rows of what they reach; a table that is
 * provably empty is no loss. A statement whose effect it cannot read (a DO block that may run dynamic SQL, a
 * procedure call) is refused as such. Refuses with the list ({@link DataLossRefusedException}), or, when the user
 * confirmed, first saves the rows of every table concerned ({@link RowsFile}; every table of the application when a
 * statement is unreadable) and a schema dump, and reports where.
 *
 * <p>Usage: {@code new Downgrade(context, DestructiveDowngradeGuard.dumpingFirst(file, loss -> print(loss)))}.
 * Immutable; {@link #OFF} (no guard) is what a {@link org.strat.migrate.run.Downgrade} built without one uses.
 */
public final class DestructiveDowngradeGuard {

    /** No guard: for callers that drop data on purpose (tests, scripts that have their own backups). */
    public static final DestructiveDowngradeGuard OFF = new DestructiveDowngradeGuard(false, null, loss -> { });

    /** undefined_object, undefined_table, undefined_function, invalid_schema_name, wrong_object_type. */
    private static final Set<String> NOT_THERE = Set.of("42704", "42P01", "42883", "3F000", "42809");

    private final boolean active;
    private final Path dumpFile;
    private final Consumer<DataLoss> notice;

    private DestructiveDowngradeGuard(boolean active, Path dumpFile, Consumer<DataLoss> notice) {
        this.active = active;
        this.dumpFile = dumpFile;
        this.notice = notice;
    }

    /** Refuses any downgrade that would remove data. */
    public static DestructiveDowngradeGuard refusing() {
        return new DestructiveDowngradeGuard(true, null, loss -> { });
    }

    /**
     * Lets a downgrade that removes data go on after saving the rows concerned next to {@code dumpFile} (same name,
     * "-rows" before the extension) and a schema dump to {@code dumpFile}; tells {@code notice}.
     */
    public static DestructiveDowngradeGuard dumpingFirst(Path dumpFile, Consumer<DataLoss> notice) {
        return new DestructiveDowngradeGuard(true, dumpFile, notice);
    }

    /** Checks the downgrade sections of {@code files}, in the order they will run, on the downgrade's connection. */
    public void check(Connection connection, List<RevisionFile> files, MigrationContext context, String target) throws SQLException {
        if (!active) {
            return;
        }
        connection.setAutoCommit(true); // a name the catalog does not know fails its look-up alone
        Map<Reach, String> reached = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (RevisionFile file : files) {
            List<String> statements = file.downgradeStatements();
            for (int i = 0; i < statements.size(); i++) {
                String how = clip(RevisionFailedException.trim(statements.get(i))) + ", in " + file.fileName();
                for (RowRemovals.Removal removal : RowRemovals.of(statements.get(i))) {
                    if (removal.kind() == RowRemovals.Kind.UNREADABLE) {
                        unreadable.add("statement " + (i + 1) + " of " + file.fileName() + " cannot be read before it runs"
                                + " (a DO block or procedure that may run any SQL, dynamic SQL included): "
                                + clip(RevisionFailedException.trim(statements.get(i))));
                    }
                    for (Reach reach : reach(connection, removal)) {
                        reached.putIfAbsent(reach, how);
                    }
                }
            }
        }
        List<DataLoss.Drop> drops = holdingRows(connection, reached);
        if (drops.isEmpty() && unreadable.isEmpty()) {
            return;
        }
        if (dumpFile == null) {
            throw new DataLossRefusedException(target, drops, unreadable);
        }
        List<String> toSave = unreadable.isEmpty()
                ? drops.stream().map(DataLoss.Drop::table).distinct().toList() : strings(connection, sql("all-tables"), null);
        RowsFile.Saved saved = saveRows(connection, toSave, target);
        SchemaDumpResult dump = new SchemaDump(context).run(connection);
        write(dump.sql());
        notice.accept(new DataLoss(drops, unreadable, dumpFile, dump.method(), dump.note(), saved.file(), saved.schema(),
                saved.tables()));
    }

    /** A table (column null) or a column a statement reaches, named as the catalog names it. */
    private record Reach(String table, String column, boolean atMost) {
    }

    private static List<Reach> reach(Connection connection, RowRemovals.Removal removal) throws SQLException {
        String table = String.join(".", removal.name().stream().map(Identifiers::quote).toList());
        return switch (removal.kind()) {
            case DROP_OBJECT, DROP_COLUMN -> dependents(connection, removal);
            case DELETE -> tables(removal.only() ? existing(connection, table) : strings(connection, sql("descendants"), table),
                    removal.partial());
            case TRUNCATE -> tables(truncated(connection, table, removal.only(), removal.cascade()), false);
            case UNREADABLE -> List.of();
        };
    }

    private static List<Reach> dependents(Connection connection, RowRemovals.Removal removal) throws SQLException {
        List<String> name = new ArrayList<>(removal.name());
        if (removal.column() != null) {
            name.add(removal.column());
        }
        List<Reach> reached = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql("dependents"))) {
            statement.setString(1, removal.objectType());
            statement.setArray(2, connection.createArrayOf("text", name.toArray()));
            statement.setBoolean(3, removal.cascade());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reached.add(new Reach(rows.getString(1), rows.getString(2), false));
                }
            }
        } catch (SQLException e) {
            if (!NOT_THERE.contains(e.getSQLState())) {
                throw e;
            }
            // Not there now: created by an earlier statement of the downgrade, or dropped IF EXISTS.
        }
        return reached;
    }

    /** The tables TRUNCATE empties: the named one, its children unless ONLY, and with CASCADE what references them. */
    private static Set<String> truncated(Connection connection, String table, boolean only, boolean cascade) throws SQLException {
        Set<String> emptied = new LinkedHashSet<>(only ? existing(connection, table) : strings(connection, sql("descendants"), table));
        List<String> pending = new ArrayList<>(emptied);
        while (cascade && !pending.isEmpty()) {
            for (String referencing : strings(connection, sql("referencing"), pending.remove(0))) {
                for (String member : strings(connection, sql("descendants"), referencing)) {
                    if (emptied.add(member)) {
                        pending.add(member);
                    }
                }
            }
        }
        return emptied;
    }

    private static List<String> existing(Connection connection, String name) throws SQLException {
        return strings(connection, sql("table"), name);
    }

    private static List<Reach> tables(java.util.Collection<String> tables, boolean atMost) {
        return tables.stream().map(table -> new Reach(table, null, atMost)).toList();
    }

    private static List<DataLoss.Drop> holdingRows(Connection connection, Map<Reach, String> reached) throws SQLException {
        Set<String> wholeTables = new LinkedHashSet<>();
        reached.keySet().stream().filter(reach -> reach.column() == null && !reach.atMost())
                .forEach(reach -> wholeTables.add(reach.table()));
        List<DataLoss.Drop> drops = new ArrayList<>();
        for (Map.Entry<Reach, String> entry : reached.entrySet()) {
            Reach reach = entry.getKey();
            if ((reach.column() != null || reach.atMost()) && wholeTables.contains(reach.table())) {
                continue; // the whole table goes: its rows are counted once, as the table's
            }
            // ONLY: a parent's children are reached, and counted, each on its own.
            long rows = count(connection, reach.column() == null ? "SELECT count(*) FROM ONLY " + reach.table()
                    : "SELECT count(" + Identifiers.quote(reach.column()) + ") FROM ONLY " + reach.table());
            if (rows > 0) {
                drops.add(new DataLoss.Drop(reach.table(), reach.column(), rows, entry.getValue(), reach.atMost()));
            }
        }
        return drops;
    }

    private static List<String> strings(Connection connection, String query, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(1) != null) {
                        values.add(rows.getString(1));
                    }
                }
            }
        }
        return values;
    }

    // The table name is regclass output and the column is quoted by Identifiers: neither can be a bind parameter.
    private static long count(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private RowsFile.Saved saveRows(Connection connection, List<String> tables, String target) throws SQLException {
        String name = dumpFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path rowsFile = dumpFile.resolveSibling(dot < 0 ? name + "-rows" : name.substring(0, dot) + "-rows" + name.substring(dot));
        try {
            return RowsFile.write(connection, rowsFile, tables, "downgrade " + target);
        } catch (IOException e) {
            throw new MigrationRefusedException("Cannot write the rows file " + rowsFile + " that must come before"
                    + " a downgrade that removes data (" + e + "), so nothing was run. Make its directory writable, then retry.");
        }
    }

    private void write(String sql) {
        try {
            Files.createDirectories(dumpFile.toAbsolutePath().getParent());
            Files.writeString(dumpFile, sql, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new MigrationRefusedException("Cannot write the schema dump " + dumpFile + " that must come before"
                    + " a downgrade that removes data (" + e + "), so nothing was run. Make its directory writable, then retry.");
        }
    }

    private static String clip(String statement) {
        return statement.length() > 60 ? statement.substring(0, 57) + "..." : statement;
    }

    private static String sql(String name) {
        return SqlResource.of(DestructiveDowngradeGuard.class, name);
    }
}
