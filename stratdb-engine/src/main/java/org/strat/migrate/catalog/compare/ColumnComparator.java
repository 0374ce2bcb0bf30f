package org.strat.migrate.catalog.compare;

import org.strat.migrate.catalog.Column;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.Spelling;
import org.strat.migrate.catalog.Table;
import org.strat.migrate.catalog.change.AddColumn;
import org.strat.migrate.catalog.change.AlterColumnDefault;
import org.strat.migrate.catalog.change.AlterColumnGeneration;
import org.strat.migrate.catalog.change.AlterColumnNullability;
import org.strat.migrate.catalog.change.AlterColumnType;
import org.strat.migrate.catalog.change.DropColumn;
import org.strat.migrate.catalog.change.SchemaChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Columns of the tables both sides have: by name, then type, nullability, default and generation of each column
 * both tables have. Column order is not compared: a table built by Hibernate lists its columns alphabetically, and
 * no statement depends on the order (issue 4).
 */
final class ColumnComparator {

    private ColumnComparator() {
    }

    static List<SchemaChange> compare(SchemaSnapshot here, SchemaSnapshot there) {
        List<SchemaChange> changes = new ArrayList<>();
        for (Table wanted : there.tables().values()) {
            Table existing = here.tables().get(wanted.name());
            if (existing != null) {
                compare(existing, wanted, changes);
            }
        }
        return changes;
    }

    private static void compare(Table existing, Table wanted, List<SchemaChange> changes) {
        String table = wanted.name();
        for (Column to : wanted.columns()) {
            Optional<Column> from = existing.column(to.name());
            if (from.isEmpty()) {
                changes.add(new AddColumn(table, to));
            } else {
                compare(table, from.get(), to, changes);
            }
        }
        existing.columns().stream().filter(column -> wanted.column(column.name()).isEmpty())
                .forEach(column -> changes.add(new DropColumn(table, column)));
    }

    private static void compare(String table, Column from, Column to, List<SchemaChange> changes) {
        if (!from.typeWithCollation().equals(to.typeWithCollation())) {
            changes.add(new AlterColumnType(table, from, to));
        }
        if (from.notNull() != to.notNull()) {
            changes.add(new AlterColumnNullability(table, from, to));
        }
        if (!Objects.equals(Spelling.normalise(from.defaultValue()), Spelling.normalise(to.defaultValue()))) {
            changes.add(new AlterColumnDefault(table, from, to));
        }
        if (!Objects.equals(from.identity(), to.identity())
                || !Objects.equals(Spelling.normalise(from.generated()), Spelling.normalise(to.generated()))) {
            changes.add(new AlterColumnGeneration(table, from, to));
        }
    }
}
