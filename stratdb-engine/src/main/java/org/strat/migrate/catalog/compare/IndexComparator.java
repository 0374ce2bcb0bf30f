package org.strat.migrate.catalog.compare;

import org.strat.migrate.catalog.Index;
import org.strat.migrate.catalog.Naming;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.Spelling;
import org.strat.migrate.catalog.View;
import org.strat.migrate.catalog.change.CreateIndex;
import org.strat.migrate.catalog.change.DropIndex;
import org.strat.migrate.catalog.change.RenameIndex;
import org.strat.migrate.catalog.change.ReplaceIndex;
import org.strat.migrate.catalog.change.SchemaChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes of the tables and materialized views both sides have, matched by definition (uniqueness, method,
 * columns, predicate), not by name. A materialized view that is replaced as a whole brings its indexes with it.
 */
final class IndexComparator {

    private static final DefinitionMatcher<Index> MATCHER = new DefinitionMatcher<>(Index::name,
            index -> Spelling.normalise(index.shape()), (a, b) -> false);

    private IndexComparator() {
    }

    static List<SchemaChange> compare(SchemaSnapshot here, SchemaSnapshot there, Naming naming) {
        List<SchemaChange> changes = new ArrayList<>();
        Map<String, List<Index>> existing = indexedRelations(here);
        Map<String, List<Index>> wanted = indexedRelations(there);
        wanted.forEach((relation, indexes) -> {
            if (existing.containsKey(relation) && !replacedView(here, there, relation)) {
                DefinitionMatcher.Result<Index> result = MATCHER.match(existing.get(relation), indexes, relation, naming);
                result.renamed().forEach(pair -> changes.add(new RenameIndex(pair.here(), pair.there())));
                result.redefined().forEach(pair -> changes.add(new ReplaceIndex(pair.here(), pair.there())));
                result.missing().forEach(index -> changes.add(new CreateIndex(index)));
                result.extra().forEach(index -> changes.add(new DropIndex(index)));
            }
        });
        return changes;
    }

    private static Map<String, List<Index>> indexedRelations(SchemaSnapshot snapshot) {
        Map<String, List<Index>> relations = new LinkedHashMap<>();
        snapshot.tables().values().forEach(table -> relations.put(table.name(), table.indexes()));
        snapshot.views().values().stream().filter(View::materialized)
                .forEach(view -> relations.put(view.name(), view.indexes()));
        return relations;
    }

    private static boolean replacedView(SchemaSnapshot here, SchemaSnapshot there, String relation) {
        View existing = here.views().get(relation);
        View wanted = there.views().get(relation);
        return existing != null && wanted != null && ViewComparator.differ(existing, wanted);
    }
}
