package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.View;

/**
 * A view of the same name whose query differs, or which is a view on one side and a materialized view on the
 * other. SQL: drop {@code from}, create {@code to} (with its indexes); PostgreSQL has no CREATE OR REPLACE for a
 * materialized view.
 */
public record ReplaceView(View from, View to) implements SchemaChange {

    @Override
    public String describe(String target) {
        if (from.materialized() != to.materialized()) {
            return to.name() + ": a " + from.kind() + " here, a " + to.kind() + " " + target;
        }
        return to.kind() + " " + to.name() + ": definition differs";
    }

    @Override
    public ReplaceView reverse() {
        return new ReplaceView(to, from);
    }

    @Override
    public String subject() {
        return to.name();
    }
}
