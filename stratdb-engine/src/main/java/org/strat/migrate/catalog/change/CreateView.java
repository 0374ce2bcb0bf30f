package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.View;

/** A view or materialized view the target has and this schema lacks (with a materialized view's indexes). */
public record CreateView(View view) implements SchemaChange {

    @Override
    public String describe(String target) {
        return view.kind() + " " + view.name() + ": missing";
    }

    @Override
    public DropView reverse() {
        return new DropView(view);
    }

    @Override
    public String subject() {
        return view.name();
    }
}
