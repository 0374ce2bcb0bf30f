package org.strat.migrate.lint;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code CREATE INDEX} without {@code CONCURRENTLY} on a table that existed before the revision: it holds a SHARE
 * lock, which blocks every insert, update and delete, for as long as the build takes (PostgreSQL documentation,
 * CREATE INDEX, "Building Indexes Concurrently").
 */
final class CreateIndexNotConcurrently implements LintRule {

    // The index name is optional ("CREATE INDEX ON plays (...)"); it never has a schema.
    private static final Pattern CREATE_INDEX = Pattern.compile("^create (?:unique )?index (concurrently )?(?:if not exists )?"
            + "(?:(" + SqlNames.IDENTIFIER + ") )?on (?:only )?(" + SqlNames.QUALIFIED + ")");

    @Override
    public String id() {
        return "create-index-not-concurrently";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        Matcher matcher = CREATE_INDEX.matcher(statement.code());
        if (!matcher.find() || matcher.group(1) != null) {
            return Optional.empty();
        }
        Relation table = Relation.parse(matcher.group(3));
        if (context.isNew(table)) {
            return Optional.empty();
        }
        String index = matcher.group(2) == null ? "" : " " + Relation.quote(SqlNames.unquote(matcher.group(2)));
        return Optional.of(new Violation(
                "CREATE INDEX" + index + " on the existing table " + table + " blocks all writes to " + table
                        + " until the index is built",
                "CREATE INDEX CONCURRENTLY in a revision with `-- transactional: false` (it lets writes go on)"));
    }
}
