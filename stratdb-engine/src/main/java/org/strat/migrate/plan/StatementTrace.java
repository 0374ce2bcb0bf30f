package org.strat.migrate.plan;

import java.util.List;

/**
 * What one statement did to the scratch copy, measured: the locks it took on relations that existed before it ran,
 * the relations it gave new storage, the tables it read through and the tables it built a new index on.
 *
 * @param locks   one per relation, the modes no stronger mode of the same statement covers
 * @param note    why part of it is not measured, or null
 */
public record StatementTrace(List<RelationLock> locks, List<String> rewrites, List<String> scans,
                             List<String> indexBuiltOn, String note) {

    public StatementTrace {
        locks = List.copyOf(locks);
        rewrites = List.copyOf(rewrites);
        scans = List.copyOf(scans);
        indexBuiltOn = List.copyOf(indexBuiltOn);
    }
}
