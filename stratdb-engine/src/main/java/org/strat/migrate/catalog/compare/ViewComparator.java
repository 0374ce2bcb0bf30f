package org.strat.migrate.catalog.compare;

import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.Spelling;
import org.strat.migrate.catalog.View;
import org.strat.migrate.catalog.change.CreateView;
import org.strat.migrate.catalog.change.DropView;
import org.strat.migrate.catalog.change.ReplaceView;
import org.strat.migrate.catalog.change.SchemaChange;

import java.util.ArrayList;
import java.util.List;

/** Views and materialized views, by name, then by kind and by the query as PostgreSQL prints it back. */
final class ViewComparator {

    private ViewComparator() {
    }

    static List<SchemaChange> compare(SchemaSnapshot here, SchemaSnapshot there) {
        List<SchemaChange> changes = new ArrayList<>();
        for (View wanted : there.views().values()) {
            View existing = here.views().get(wanted.name());
            if (existing == null) {
                changes.add(new CreateView(wanted));
            } else if (differ(existing, wanted)) {
                changes.add(new ReplaceView(existing, wanted));
            }
        }
        here.views().values().stream().filter(view -> !there.views().containsKey(view.name()))
                .forEach(view -> changes.add(new DropView(view)));
        return changes;
    }

    static boolean differ(View existing, View wanted) {
        return existing.materialized() != wanted.materialized()
                || !Spelling.normalise(existing.definition()).equals(Spelling.normalise(wanted.definition()));
    }
}
