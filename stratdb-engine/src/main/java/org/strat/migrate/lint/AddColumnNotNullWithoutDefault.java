package org.strat.migrate.lint;

import java.util.List;
import java.util.Optional;

/**
 * {@code ADD COLUMN ... NOT NULL} (or {@code PRIMARY KEY}) without a default on an existing table: every existing
 * row would hold NULL, so the statement fails as soon as the table has a row, that is, in production and not in a
 * fresh test database.
 */
final class AddColumnNotNullWithoutDefault implements LintRule {

    @Override
    public String id() {
        return "add-column-not-null-without-default";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        return AlterTable.ofExistingTable(statement, context).flatMap(alter -> {
            List<String> columns = alter.actions().stream().map(ColumnDefinition::ofAction).flatMap(Optional::stream)
                    .filter(column -> column.notNull() && column.defaultExpression().isEmpty() && !column.generatesValues())
                    .map(column -> Relation.quote(column.column())).toList();
            if (columns.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Violation("ADD COLUMN " + String.join(", ", columns) + " NOT NULL without a default"
                    + " fails on " + alter.table() + " as soon as the table has rows",
                    "add it with a constant DEFAULT (instant since PostgreSQL 11), or nullable, then backfill and"
                            + " enforce NOT NULL through a validated CHECK"));
        });
    }
}
