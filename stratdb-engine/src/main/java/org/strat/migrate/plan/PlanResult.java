package org.strat.migrate.plan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an upgrade to {@code target} would do to this database, statement by statement, measured before it runs.
 *
 * @param from       the revisions the database is at
 * @param relations  the live size of every relation a statement locks, rewrites or reads
 * @param estimation how the durations were estimated
 */
public record PlanResult(String target, List<String> from, List<RevisionPlan> revisions,
                         List<PlannedStatement> statements, Map<String, RelationSize> relations, String estimation) {

    public PlanResult {
        from = List.copyOf(from);
        revisions = List.copyOf(revisions);
        statements = List.copyOf(statements);
        relations = Collections.unmodifiableMap(new TreeMap<>(relations));
    }

    public boolean nothingToDo() {
        return revisions.isEmpty();
    }
}
