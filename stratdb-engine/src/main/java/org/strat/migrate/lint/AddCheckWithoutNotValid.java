package org.strat.migrate.lint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CHECK constraint added to an existing table without {@code NOT VALID}: PostgreSQL checks every row while
 * holding an ACCESS EXCLUSIVE lock, which blocks reads and writes. NOT VALID skips the scan, and
 * {@code VALIDATE CONSTRAINT} later checks the rows under a SHARE UPDATE EXCLUSIVE lock that lets both go on.
 */
final class AddCheckWithoutNotValid implements LintRule {

    private static final Pattern ADD_CHECK = Pattern.compile("^add (?:constraint " + SqlNames.IDENTIFIER + " )?check\\b.*$");
    private static final Pattern NOT_VALID = Pattern.compile("\\bnot valid$");

    @Override
    public String id() {
        return "add-check-without-not-valid";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        return AlterTable.ofExistingTable(statement, context)
                .filter(alter -> alter.actionsMatching(ADD_CHECK).stream()
                        .anyMatch(matcher -> !NOT_VALID.matcher(Parentheses.blank(matcher.group())).find()))
                .map(alter -> new Violation("a CHECK added to the existing table " + alter.table() + " scans every row"
                        + " under an ACCESS EXCLUSIVE lock, blocking reads and writes",
                        "add it NOT VALID (no scan), then ALTER TABLE " + alter.table()
                                + " VALIDATE CONSTRAINT ... in a later revision"));
    }
}
