package org.strat.migrate.lint;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code DROP COLUMN} on an existing table: the column's data is gone for good (a downgrade brings the column back
 * empty), and instances of the application that still read the column fail from that moment.
 */
final class DropColumn implements LintRule {

    // COLUMN is optional in DROP [COLUMN]; DROP CONSTRAINT is the other top-level DROP action.
    private static final Pattern DROP_COLUMN = Pattern.compile("^drop (?!constraint\\b)(?:column )?(?:if exists )?("
            + SqlNames.IDENTIFIER + ")(?: (?:cascade|restrict))?$");

    @Override
    public String id() {
        return "drop-column";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        return AlterTable.ofExistingTable(statement, context).flatMap(alter -> {
            List<String> columns = alter.actionsMatching(DROP_COLUMN).stream()
                    .map(matcher -> Relation.quote(SqlNames.unquote(matcher.group(1)))).toList();
            if (columns.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Violation("DROP COLUMN " + String.join(", ", columns) + " deletes its data from "
                    + alter.table() + " for good, and running application instances that still read it fail",
                    "first deploy an application that no longer uses the column, keep a copy of the data if it may be"
                            + " needed, then drop it; acknowledge with the reason"));
        });
    }
}
