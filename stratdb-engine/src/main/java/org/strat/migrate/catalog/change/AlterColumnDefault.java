package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Column;
import org.strat.migrate.catalog.Spelling;

/** A column whose DEFAULT differs (either side may have none). */
public record AlterColumnDefault(String table, Column from, Column to) implements SchemaChange {

    @Override
    public String describe(String target) {
        return table + "." + to.name() + ": default " + Spelling.display(from.defaultValue()) + " here, "
                + Spelling.display(to.defaultValue()) + " " + target;
    }

    @Override
    public AlterColumnDefault reverse() {
        return new AlterColumnDefault(table, to, from);
    }

    @Override
    public String subject() {
        return table;
    }
}
