package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Column;

/** A column that only this schema's table has; the reverse re-adds it with its type, nullability and default. */
public record DropColumn(String table, Column column) implements SchemaChange {

    @Override
    public String describe(String target) {
        return table + "." + column.name() + ": not " + target;
    }

    @Override
    public AddColumn reverse() {
        return new AddColumn(table, column);
    }

    @Override
    public String subject() {
        return table;
    }
}
