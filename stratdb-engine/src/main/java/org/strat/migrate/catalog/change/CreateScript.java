package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Column;
import org.strat.migrate.catalog.Constraint;
import org.strat.migrate.catalog.Identifiers;
import org.strat.migrate.catalog.Index;
import org.strat.migrate.catalog.RereadableSql;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.Sequence;
import org.strat.migrate.catalog.Table;
import org.strat.migrate.catalog.View;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the SQL that recreates a {@link SchemaSnapshot} in an empty schema: sequences, tables with their columns,
 * constraints (foreign keys last, once every key they reference exists), indexes, sequence ownership, then views
 * and materialized views in dependency order with the latter's indexes.
 *
 * <p>Names are written unqualified, as the snapshot was read; the script sets the {@code search_path} to the
 * snapshot's schema first. Pure and thread-safe.
 */
public final class CreateScript {

    private CreateScript() {
    }

    /** The statements, each ending with ";\n". */
    public static List<String> statements(SchemaSnapshot snapshot) {
        List<String> statements = new ArrayList<>();
        if (!snapshot.schema().equals("public")) {
            statements.add("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(snapshot.schema()) + ";\n");
        }
        statements.add("SET search_path = " + Identifiers.quote(snapshot.schema()) + ";\n");
        snapshot.sequences().values().forEach(sequence -> statements.add(createSequence(sequence)));
        snapshot.tables().values().forEach(table -> statements.add(createTable(table)));
        for (boolean foreignKeys : new boolean[] {false, true}) {
            for (Table table : snapshot.tables().values()) {
                table.constraints().stream().filter(constraint -> (constraint.foreignKey() != null) == foreignKeys)
                        .forEach(constraint -> statements.add(addConstraint(table.name(), constraint)));
            }
        }
        snapshot.tables().values().forEach(table -> table.indexes().forEach(index -> statements.add(createIndex(index))));
        snapshot.sequences().values().stream().filter(sequence -> sequence.ownedBy() != null)
                .forEach(sequence -> statements.add("ALTER SEQUENCE " + Identifiers.quote(sequence.name()) + " OWNED BY "
                        + qualifiedColumn(sequence.ownedBy()) + ";\n"));
        for (View view : inDependencyOrder(snapshot)) {
            statements.add(createView(view));
            view.indexes().forEach(index -> statements.add(createIndex(index)));
        }
        return statements;
    }

    public static String createSequence(Sequence sequence) {
        return "CREATE SEQUENCE " + Identifiers.quote(sequence.name()) + " " + sequence.options() + ";\n";
    }

    public static String createTable(Table table) {
        String columns = table.columns().stream().map(column -> "    " + columnDefinition(column))
                .collect(Collectors.joining(",\n"));
        return "CREATE TABLE " + Identifiers.quote(table.name()) + " (\n" + columns + "\n);\n";
    }

    /** {@code name type [COLLATE c] [GENERATED ...] [DEFAULT ...] [NOT NULL]}, as ADD COLUMN takes it too. */
    public static String columnDefinition(Column column) {
        StringBuilder definition = new StringBuilder(Identifiers.quote(column.name())).append(' ')
                .append(column.typeWithCollation());
        if (column.identity() != null || column.generated() != null) {
            definition.append(' ').append(AlterColumnGeneration.generation(column));
        }
        if (column.defaultValue() != null) {
            definition.append(" DEFAULT ").append(column.defaultValue());
        }
        if (column.notNull()) {
            definition.append(" NOT NULL");
        }
        return definition.toString();
    }

    public static String addConstraint(String table, Constraint constraint) {
        return "ALTER TABLE " + Identifiers.quote(table) + " ADD CONSTRAINT " + Identifiers.quote(constraint.name())
                + " " + RereadableSql.of(constraint.definition()) + ";\n";
    }

    public static String createIndex(Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + Identifiers.quote(index.name()) + " ON "
                + Identifiers.quote(index.table()) + " " + RereadableSql.of(index.definition()) + ";\n";
    }

    public static String createView(View view) {
        String query = RereadableSql.of(view.definition()).strip();
        if (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1);
        }
        return "CREATE " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + Identifiers.quote(view.name())
                + " AS\n" + query + ";\n";
    }

    private static String qualifiedColumn(String tableDotColumn) {
        int dot = tableDotColumn.indexOf('.');
        return Identifiers.quote(tableDotColumn.substring(0, dot)) + "." + Identifiers.quote(tableDotColumn.substring(dot + 1));
    }

    // Depth first over dependsOn; the catalog has no cycles between views, so no cycle check is needed.
    private static List<View> inDependencyOrder(SchemaSnapshot snapshot) {
        Set<String> ordered = new LinkedHashSet<>();
        snapshot.views().keySet().forEach(name -> visit(snapshot, name, ordered));
        return ordered.stream().map(snapshot.views()::get).toList();
    }

    private static void visit(SchemaSnapshot snapshot, String name, Set<String> ordered) {
        View view = snapshot.views().get(name);
        if (view == null || ordered.contains(name)) {
            return;
        }
        view.dependsOn().forEach(dependency -> visit(snapshot, dependency, ordered));
        ordered.add(name);
    }
}
