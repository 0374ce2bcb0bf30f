package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Column;

/** A column that is NOT NULL on one side and nullable on the other. */
public record AlterColumnNullability(String table, Column from, Column to) implements SchemaChange {

    @Override
    public String describe(String target) {
        return table + "." + to.name() + ": " + word(from) + " here, " + word(to) + " " + target;
    }

    private static String word(Column column) {
        return column.notNull() ? "NOT NULL" : "nullable";
    }

    @Override
    public AlterColumnNullability reverse() {
        return new AlterColumnNullability(table, to, from);
    }

    @Override
    public String subject() {
        return table;
    }
}
