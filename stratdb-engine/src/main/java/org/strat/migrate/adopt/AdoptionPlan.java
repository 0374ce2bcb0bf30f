package org.strat.migrate.adopt;

import org.strat.migrate.catalog.change.SchemaChange;

import java.util.List;

/**
 * How one database becomes a revision's schema: the differences (exact names included), the steps that remove them
 * online, the rows to look for first, and the differences no online step may remove.
 *
 * @param refusals one line per difference adopt will not reconcile, with what to do about it
 */
record AdoptionPlan(List<SchemaChange> differences, List<AdoptionStep> steps, List<RowCheck> rowChecks,
                    List<String> refusals) {

    AdoptionPlan {
        differences = List.copyOf(differences);
        steps = List.copyOf(steps);
        rowChecks = List.copyOf(rowChecks);
        refusals = List.copyOf(refusals);
    }
}
