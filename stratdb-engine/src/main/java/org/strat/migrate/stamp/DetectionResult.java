package org.strat.migrate.stamp;

import org.strat.migrate.catalog.change.SchemaChange;

import java.util.List;

/**
 * Which revision's schema the live schema is.
 *
 * @param matches            revisions whose schema equals the live one ("base" for an empty schema), in order; more
 *                           than one when revisions change no schema (data-only revisions)
 * @param nearest            when nothing matches, the revision with the fewest differences ("base" possible)
 * @param nearestDifferences its differences, as changes from the live schema to it
 * @param recorded           the revisions stratdb has recorded as current for this database (empty if none)
 * @param origin             the legacy signs (tables, alembic_version)
 */
public record DetectionResult(List<String> matches, String nearest, List<SchemaChange> nearestDifferences,
                              List<String> recorded, SchemaOrigin origin) {

    public DetectionResult {
        matches = List.copyOf(matches);
        nearestDifferences = List.copyOf(nearestDifferences);
        recorded = List.copyOf(recorded);
    }

    public boolean matched() {
        return !matches.isEmpty();
    }
}
