package org.strat.migrate.stamp;

import org.strat.migrate.catalog.change.SchemaChange;

import java.util.List;

/**
 * What a stamp recorded.
 *
 * @param revision    the stamped revision, or null for base
 * @param recorded    revisions newly recorded as applied, parents first
 * @param removed     revisions no longer recorded as applied (stamping below what was recorded)
 * @param differences the differences between the live schema and the revision's; empty unless forced
 * @param forced      whether --force recorded the revision in spite of differences
 */
public record StampResult(String revision, List<String> recorded, List<String> removed, List<SchemaChange> differences,
                          boolean forced) {

    public StampResult {
        recorded = List.copyOf(recorded);
        removed = List.copyOf(removed);
        differences = List.copyOf(differences);
    }
}
