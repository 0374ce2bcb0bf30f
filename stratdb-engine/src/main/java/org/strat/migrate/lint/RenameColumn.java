package org.strat.migrate.lint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ALTER TABLE ... RENAME [COLUMN] a TO b} on an existing table: application instances deployed before the
 * revision still read and write the old name and fail until they are replaced.
 */
final class RenameColumn implements LintRule {

    // RENAME CONSTRAINT renames nothing the application uses; RENAME TO renames the table (RenameTable).
    private static final Pattern RENAME_COLUMN = Pattern.compile("^rename (?!constraint\\b|to\\b)(?:column )?("
            + SqlNames.IDENTIFIER + ") to (" + SqlNames.IDENTIFIER + ")$");

    @Override
    public String id() {
        return "rename-column";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        return AlterTable.ofExistingTable(statement, context).flatMap(alter -> alter.actionsMatching(RENAME_COLUMN).stream()
                .findFirst()
                .map(matcher -> new Violation("renaming " + alter.table() + "." + Relation.quote(SqlNames.unquote(matcher.group(1)))
                        + " to " + Relation.quote(SqlNames.unquote(matcher.group(2))) + " breaks every running application"
                        + " instance that still uses the old name",
                        "add the new column, write to both and backfill, move reads over, then drop the old column in a"
                                + " later revision")));
    }
}
