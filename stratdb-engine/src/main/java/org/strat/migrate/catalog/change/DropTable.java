package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Table;

/** A table this schema has and the target lacks; carries all of it, so that the reverse recreates it. */
public record DropTable(Table table) implements SchemaChange {

    @Override
    public String describe(String target) {
        return "table " + table.name() + ": not " + target;
    }

    @Override
    public CreateTable reverse() {
        return new CreateTable(table);
    }

    @Override
    public String subject() {
        return table.name();
    }
}
