package org.strat.migrate.plan;

import org.strat.migrate.lint.LintFinding;

import java.util.List;

/**
 * The summary of one pending revision.
 *
 * @param strongest          the strongest lock any of its statements takes on a table, view or sequence (indexes are
 *                           left to the statements' own locks), or null when none locks an existing one
 * @param strongestOn        the relations it takes that lock on
 * @param longestHoldSeconds the longest any lock would be held: in a transactional revision a lock is held from the
 *                           statement that takes it until the revision commits, otherwise for its statement
 * @param longestHoldOn      the relation that lock is on, or null
 * @param rewritten          the relations its statements give new storage
 * @param lint               the lint findings of its statements (acknowledged ones included)
 */
public record RevisionPlan(String revision, String message, boolean transactional, LockMode strongest,
                           List<String> strongestOn, double longestHoldSeconds, String longestHoldOn,
                           List<String> rewritten, List<LintFinding> lint) {

    public RevisionPlan {
        strongestOn = List.copyOf(strongestOn);
        rewritten = List.copyOf(rewritten);
        lint = List.copyOf(lint);
    }
}
