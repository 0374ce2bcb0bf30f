package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Index;

/** The same index under another name, where neither name is a generated one. */
public record RenameIndex(Index from, Index to) implements SchemaChange {

    @Override
    public String describe(String target) {
        return "index " + from.name() + " on " + from.table() + ": named " + to.name() + " " + target;
    }

    @Override
    public RenameIndex reverse() {
        return new RenameIndex(to, from);
    }

    @Override
    public String subject() {
        return from.table();
    }
}
