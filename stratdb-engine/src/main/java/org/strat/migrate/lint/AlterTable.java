package org.strat.migrate.lint;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code ALTER TABLE} statement read into its table and its comma-separated actions
 * ({@code add column ...}, {@code alter column ... type ...}, {@code rename to ...}), each in normalised form.
 */
record AlterTable(Relation table, List<String> actions) {

    private static final Pattern ALTER_TABLE = Pattern.compile(
            "^alter table (?:if exists )?(?:only )?(" + SqlNames.QUALIFIED + ")(?: ?\\*)? (.+)$");

    static Optional<AlterTable> of(LintStatement statement) {
        Matcher matcher = ALTER_TABLE.matcher(statement.code());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new AlterTable(Relation.parse(matcher.group(1)), Parentheses.splitTopLevel(matcher.group(2))));
    }

    /** The statement's ALTER TABLE, when it alters a table that existed before this revision. */
    static Optional<AlterTable> ofExistingTable(LintStatement statement, LintContext context) {
        return of(statement).filter(alter -> !context.isNew(alter.table()));
    }

    /** A matcher that has matched, for every action the pattern matches as a whole. */
    List<Matcher> actionsMatching(Pattern pattern) {
        return actions.stream().map(pattern::matcher).filter(Matcher::matches).toList();
    }
}
