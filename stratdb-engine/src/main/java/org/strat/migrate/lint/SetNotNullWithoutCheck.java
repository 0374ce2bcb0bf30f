package org.strat.migrate.lint;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ALTER COLUMN ... SET NOT NULL} on an existing table with no validated {@code CHECK (column IS NOT NULL)}
 * before it: PostgreSQL scans the whole table under an ACCESS EXCLUSIVE lock. Since PostgreSQL 12 the scan is
 * skipped when such a valid CHECK exists (ALTER TABLE, SET NOT NULL), so the CHECK, added NOT VALID and
 * validated earlier (in this revision or an ancestor), is the safe way.
 */
final class SetNotNullWithoutCheck implements LintRule {

    private static final Pattern SET_NOT_NULL = Pattern.compile("^alter (?:column )?(" + SqlNames.IDENTIFIER + ") set not null$");

    @Override
    public String id() {
        return "set-not-null-without-check";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        return AlterTable.ofExistingTable(statement, context).flatMap(alter -> {
            List<String> columns = alter.actionsMatching(SET_NOT_NULL).stream()
                    .map(matcher -> SqlNames.unquote(matcher.group(1)))
                    .filter(column -> !context.hasValidatedNotNullCheck(alter.table(), column))
                    .toList();
            if (columns.isEmpty()) {
                return Optional.empty();
            }
            String column = Relation.quote(columns.get(0));
            return Optional.of(new Violation("SET NOT NULL on " + String.join(", ", columns.stream().map(Relation::quote).toList())
                    + " scans all of " + alter.table() + " under an ACCESS EXCLUSIVE lock, blocking reads and writes",
                    "first ADD CONSTRAINT " + columns.get(0) + "_not_null CHECK (" + column + " IS NOT NULL) NOT VALID and"
                            + " VALIDATE it in an earlier revision; SET NOT NULL then skips the scan"));
        });
    }
}
