package org.strat.migrate.lint;

import java.util.Optional;

/**
 * One kind of finding: a pure function of an upgrade statement and what the revision did before it.
 *
 * <p>Rules are stateless and thread-safe; {@link LintContext} carries everything they may know about earlier
 * statements.
 */
interface LintRule {

    /** Stable, kebab-case; what acknowledgements name and scripts match, so never renamed. */
    String id();

    Optional<Violation> check(LintStatement statement, LintContext context);
}
