package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Column;

/** A column whose type (or collation) differs: {@code from} is the column here, {@code to} the target's. */
public record AlterColumnType(String table, Column from, Column to) implements SchemaChange {

    @Override
    public String describe(String target) {
        return table + "." + to.name() + ": type " + from.typeWithCollation() + " here, " + to.typeWithCollation()
                + " " + target;
    }

    @Override
    public AlterColumnType reverse() {
        return new AlterColumnType(table, to, from);
    }

    @Override
    public String subject() {
        return table;
    }
}
