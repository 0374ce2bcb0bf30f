package org.strat.migrate.plan;

import org.strat.migrate.lint.LintFinding;

import java.util.List;

/**
 * One pending statement as the plan measured it on the scratch copy, with what the live database adds.
 *
 * @param number           1-based position in the revision's upgrade section
 * @param transactional    false when the revision runs outside a transaction ({@code -- transactional: false})
 * @param estimatedSeconds how long it would run on the live data ({@link HoldEstimate})
 * @param blockedBy        live sessions holding a lock that conflicts with one of {@code locks}, right now
 * @param note             what could not be measured, or null
 */
public record PlannedStatement(String revision, int number, String sql, boolean transactional,
                               List<RelationLock> locks, List<String> rewrites, List<String> scans,
                               List<String> indexBuiltOn, double estimatedSeconds, List<BlockingSession> blockedBy,
                               List<LintFinding> lint, String note) {

    public PlannedStatement {
        locks = List.copyOf(locks);
        rewrites = List.copyOf(rewrites);
        scans = List.copyOf(scans);
        indexBuiltOn = List.copyOf(indexBuiltOn);
        blockedBy = List.copyOf(blockedBy);
        lint = List.copyOf(lint);
    }
}
