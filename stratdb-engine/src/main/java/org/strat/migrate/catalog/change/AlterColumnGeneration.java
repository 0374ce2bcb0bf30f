package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Column;

/** A column whose values are generated differently: identity (ALWAYS / BY DEFAULT), a stored expression, or neither. */
public record AlterColumnGeneration(String table, Column from, Column to) implements SchemaChange {

    @Override
    public String describe(String target) {
        return table + "." + to.name() + ": " + generation(from) + " here, " + generation(to) + " " + target;
    }

    static String generation(Column column) {
        if (column.identity() != null) {
            return "GENERATED " + column.identity() + " AS IDENTITY";
        }
        return column.generated() == null ? "not generated" : "GENERATED ALWAYS AS (" + column.generated() + ") STORED";
    }

    @Override
    public AlterColumnGeneration reverse() {
        return new AlterColumnGeneration(table, to, from);
    }

    @Override
    public String subject() {
        return table;
    }
}
