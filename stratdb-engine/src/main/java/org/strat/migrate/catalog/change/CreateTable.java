package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Table;

/** A table the target has and this schema lacks; carries its columns, constraints and indexes. */
public record CreateTable(Table table) implements SchemaChange {

    @Override
    public String describe(String target) {
        return "table " + table.name() + ": missing";
    }

    @Override
    public DropTable reverse() {
        return new DropTable(table);
    }

    @Override
    public String subject() {
        return table.name();
    }
}
