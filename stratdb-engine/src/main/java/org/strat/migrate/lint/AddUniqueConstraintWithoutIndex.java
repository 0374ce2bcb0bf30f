package org.strat.migrate.lint;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UNIQUE or PRIMARY KEY constraint added to an existing table without {@code USING INDEX}: PostgreSQL builds its
 * index while holding an ACCESS EXCLUSIVE lock. The index can be built first, concurrently, and then attached
 * (ALTER TABLE, {@code ADD table_constraint_using_index}).
 */
final class AddUniqueConstraintWithoutIndex implements LintRule {

    private static final Pattern ADD_UNIQUE = Pattern.compile("^add (?:constraint " + SqlNames.IDENTIFIER
            + " )?(unique|primary key)\\b(?!.*\\busing index\\b).*$");

    @Override
    public String id() {
        return "add-unique-constraint-without-index";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        return AlterTable.ofExistingTable(statement, context).flatMap(alter -> {
            Optional<Matcher> match = alter.actionsMatching(ADD_UNIQUE).stream().findFirst();
            return match.map(matcher -> {
                String kind = matcher.group(1).toUpperCase();
                return new Violation("ADD " + kind + " on the existing table " + alter.table() + " builds its index under"
                        + " an ACCESS EXCLUSIVE lock, blocking reads and writes",
                        "CREATE UNIQUE INDEX CONCURRENTLY in a revision with `-- transactional: false`, then ADD CONSTRAINT"
                                + " ... " + kind + " USING INDEX in the next");
            });
        });
    }
}
