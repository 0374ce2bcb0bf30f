package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Index;

/** An index only this schema has. */
public record DropIndex(Index index) implements SchemaChange {

    @Override
    public String describe(String target) {
        return "index " + index.name() + " on " + index.table() + " " + index.shape() + ": not " + target;
    }

    @Override
    public CreateIndex reverse() {
        return new CreateIndex(index);
    }

    @Override
    public String subject() {
        return index.table();
    }
}
