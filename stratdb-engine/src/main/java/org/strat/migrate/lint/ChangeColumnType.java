package org.strat.migrate.lint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ALTER COLUMN ... TYPE} on an existing table: unless the old and new types are binary-compatible (such as
 * varchar(n) to text or to a longer varchar), PostgreSQL rewrites the table and rebuilds its indexes under an
 * ACCESS EXCLUSIVE lock, and the application's idea of the column changes under it. Which changes are free is not
 * visible from the text alone, so every change is reported and the safe ones are acknowledged.
 */
final class ChangeColumnType implements LintRule {

    private static final Pattern ALTER_TYPE = Pattern.compile("^alter (?:column )?(" + SqlNames.IDENTIFIER
            + ") (?:set data )?type (.+)$");

    @Override
    public String id() {
        return "change-column-type";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        return AlterTable.ofExistingTable(statement, context).flatMap(alter -> alter.actionsMatching(ALTER_TYPE).stream()
                .findFirst()
                .map(matcher -> new Violation("changing the type of " + alter.table() + "."
                        + Relation.quote(SqlNames.unquote(matcher.group(1))) + " rewrites the table and its indexes under"
                        + " an ACCESS EXCLUSIVE lock, unless the change is binary-compatible (varchar(n) to text or longer)",
                        "add a column of the new type, backfill it in batches, switch the application over, and drop"
                                + " the old column later; acknowledge if the change is binary-compatible")));
    }
}
