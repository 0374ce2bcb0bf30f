package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.View;

/** A view or materialized view only this schema has. */
public record DropView(View view) implements SchemaChange {

    @Override
    public String describe(String target) {
        return view.kind() + " " + view.name() + ": not " + target;
    }

    @Override
    public CreateView reverse() {
        return new CreateView(view);
    }

    @Override
    public String subject() {
        return view.name();
    }
}
