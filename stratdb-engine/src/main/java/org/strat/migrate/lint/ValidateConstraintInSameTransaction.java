package org.strat.migrate.lint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code VALIDATE CONSTRAINT} in the same transactional revision that added the constraint NOT VALID: the lock the
 * ADD CONSTRAINT took (ACCESS EXCLUSIVE for a CHECK, SHARE ROW EXCLUSIVE on both tables for a foreign key) is held
 * until the revision commits, so the validation scan runs under it and NOT VALID gained nothing.
 */
final class ValidateConstraintInSameTransaction implements LintRule {

    private static final Pattern VALIDATE = Pattern.compile("^validate constraint (" + SqlNames.IDENTIFIER + ")$");

    @Override
    public String id() {
        return "validate-constraint-in-same-transaction";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        if (!context.transactional()) {
            return Optional.empty();
        }
        return AlterTable.of(statement).flatMap(alter -> alter.actionsMatching(VALIDATE).stream()
                .map(matcher -> SqlNames.unquote(matcher.group(1)))
                .filter(constraint -> context.addedNotValidInThisRevision(alter.table(), constraint))
                .findFirst()
                .map(constraint -> new Violation("VALIDATE CONSTRAINT " + Relation.quote(constraint) + " runs in the"
                        + " transaction that added it, so it scans " + alter.table() + " while the ADD CONSTRAINT's lock"
                        + " still blocks writes",
                        "validate it in a later revision, or make this revision `-- transactional: false` so that each"
                                + " statement commits on its own")));
    }
}
