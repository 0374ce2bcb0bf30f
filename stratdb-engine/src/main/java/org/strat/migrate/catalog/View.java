package org.strat.migrate.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A view or materialized view.
 *
 * @param definition the query as {@code pg_get_viewdef(oid, true)} prints it, spelling normalised
 * @param indexes    indexes of a materialized view (a plain view has none)
 * @param dependsOn  the other views and materialized views of the schema its query reads, for creation order
 */
public record View(String name, boolean materialized, String definition, List<Index> indexes, List<String> dependsOn) {

    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        indexes = List.copyOf(indexes);
        dependsOn = List.copyOf(dependsOn);
    }

    /** "view" or "materialized view", as messages and DDL name the kind. */
    public String kind() {
        return materialized ? "materialized view" : "view";
    }
}
