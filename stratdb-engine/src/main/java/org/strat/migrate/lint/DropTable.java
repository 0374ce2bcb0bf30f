package org.strat.migrate.lint;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code DROP TABLE} of a table that existed before the revision: its rows are gone for good (a downgrade brings
 * the table back empty), and application instances that still use it fail. Dropping a table the same revision
 * created is fine.
 */
final class DropTable implements LintRule {

    private static final Pattern DROP_TABLE = Pattern.compile("^drop table (?:if exists )?(" + SqlNames.QUALIFIED
            + "(?: ?, ?" + SqlNames.QUALIFIED + ")*)(?: (?:cascade|restrict))?$");

    @Override
    public String id() {
        return "drop-table";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        Matcher matcher = DROP_TABLE.matcher(statement.code());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> tables = Parentheses.splitTopLevel(matcher.group(1)).stream().map(Relation::parse)
                .filter(table -> !context.isNew(table)).map(Relation::toString).toList();
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Violation("DROP TABLE " + String.join(", ", tables) + " deletes the table and all its"
                + " rows for good, and running application instances that still use it fail",
                "first deploy an application that no longer uses the table, keep a copy of the data if it may be"
                        + " needed, then drop it; acknowledge with the reason"));
    }
}
