package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Column;

/** A column the target's table has and this schema's lacks. */
public record AddColumn(String table, Column column) implements SchemaChange {

    @Override
    public String describe(String target) {
        return table + "." + column.name() + ": missing";
    }

    @Override
    public DropColumn reverse() {
        return new DropColumn(table, column);
    }

    @Override
    public String subject() {
        return table;
    }
}
