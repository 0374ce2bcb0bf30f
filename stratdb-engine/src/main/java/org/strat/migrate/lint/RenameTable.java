package org.strat.migrate.lint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ALTER TABLE ... RENAME TO} on an existing table: application instances deployed before the revision still
 * use the old name and fail until they are replaced.
 */
final class RenameTable implements LintRule {

    private static final Pattern RENAME_TO = Pattern.compile("^rename to (" + SqlNames.IDENTIFIER + ")$");

    @Override
    public String id() {
        return "rename-table";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        return AlterTable.ofExistingTable(statement, context).flatMap(alter -> alter.actionsMatching(RENAME_TO).stream()
                .findFirst()
                .map(matcher -> new Violation("renaming " + alter.table() + " to "
                        + Relation.quote(SqlNames.unquote(matcher.group(1))) + " breaks every running application"
                        + " instance that still uses the old name",
                        "create the new table (or a view under the new name), move the application over, and drop the"
                                + " old name in a later revision")));
    }
}
