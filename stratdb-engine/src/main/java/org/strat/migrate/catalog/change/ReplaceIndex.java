package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Index;

/** An index of the same name defined differently on the two sides. SQL: drop {@code from}, create {@code to}. */
public record ReplaceIndex(Index from, Index to) implements SchemaChange {

    @Override
    public String describe(String target) {
        if (!from.valid() && from.shape().equals(to.shape() + " INVALID")) {
            return "index " + from.name() + ": INVALID here (left by a failed CREATE INDEX CONCURRENTLY), valid " + target;
        }
        String table = from.table().equals(to.table()) ? "" : " on " + from.table();
        return "index " + from.name() + table + ": " + from.shape() + " here, "
                + (table.isEmpty() ? "" : "on " + to.table() + " ") + to.shape() + " " + target;
    }

    @Override
    public ReplaceIndex reverse() {
        return new ReplaceIndex(to, from);
    }

    @Override
    public String subject() {
        return to.table();
    }
}
