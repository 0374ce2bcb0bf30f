package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Index;

/** An index the target has and this schema lacks (compared by definition, not by name). */
public record CreateIndex(Index index) implements SchemaChange {

    @Override
    public String describe(String target) {
        return "index " + index.name() + ": missing";
    }

    @Override
    public DropIndex reverse() {
        return new DropIndex(index);
    }

    @Override
    public String subject() {
        return index.table();
    }
}
