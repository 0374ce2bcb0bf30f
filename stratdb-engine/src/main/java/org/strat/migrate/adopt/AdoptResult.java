package org.strat.migrate.adopt;

import org.strat.migrate.catalog.change.SchemaChange;

import java.util.List;

/**
 * What an adoption found and did.
 *
 * @param revision    the revision the schema was made identical to and recorded
 * @param choice      how that revision was chosen, for a person: "named on the command line", "closest of 3 revisions
 *                    (alembic_version says 004_stat_views)"
 * @param differences the differences between the live schema and the revision's when adopt started (exact names)
 * @param steps       the steps planned, in order
 * @param ran         the steps run, with their time; empty for {@code --sql}
 * @param recorded    the revisions recorded as applied, parents first; empty for {@code --sql}
 * @param dryRun      whether nothing was run ({@code --sql})
 */
public record AdoptResult(String revision, String choice, List<SchemaChange> differences, List<AdoptionStep> steps,
                          List<ExecutedStep> ran, List<String> recorded, boolean dryRun) {

    public AdoptResult {
        differences = List.copyOf(differences);
        steps = List.copyOf(steps);
        ran = List.copyOf(ran);
        recorded = List.copyOf(recorded);
    }

    /** One step as it ran. */
    public record ExecutedStep(AdoptionStep step, int durationMs) {
    }

    /** The SQL of every step, in order, as a script runs it. */
    public String sql() {
        StringBuilder text = new StringBuilder();
        steps.forEach(step -> text.append(step.sql()));
        return text.toString();
    }
}
