package org.strat.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A new column on an existing table whose value must be computed row by row: a volatile DEFAULT
 * ({@code gen_random_uuid()}, {@code clock_timestamp()}, ...), a serial type, an identity or a stored generated
 * column. PostgreSQL 11 and later add a column with a non-volatile default instantly (the value is stored once
 * in the catalog), but these rewrite the whole table under an ACCESS EXCLUSIVE lock (PostgreSQL documentation,
 * ALTER TABLE, Notes). {@code now()} and {@code current_timestamp} are stable, not volatile, so they are fine.
 *
 * <p>Only the built-in volatile functions are known; a user-defined volatile function is not caught.
 */
final class AddColumnVolatileDefault implements LintRule {

    private static final Pattern VOLATILE_CALL = Pattern.compile("(?:^|[^\\p{L}\\p{N}_$])(?:random|random_normal|gen_random_uuid"
            + "|uuid_generate_v1|uuid_generate_v1mc|uuid_generate_v4|uuidv4|uuidv7|clock_timestamp|timeofday|nextval) ?\\(");

    @Override
    public String id() {
        return "add-column-volatile-default";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        return AlterTable.ofExistingTable(statement, context).flatMap(alter -> {
            List<String> columns = new ArrayList<>();
            alter.actions().stream().map(ColumnDefinition::ofAction).flatMap(Optional::stream)
                    .forEach(column -> reason(column).ifPresent(reason -> columns.add(Relation.quote(column.column())
                            + " (" + reason + ")")));
            if (columns.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Violation("ADD COLUMN " + String.join(", ", columns) + " rewrites all of "
                    + alter.table() + " under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done",
                    "add the column without a default (or with a constant one), then set the default in its own"
                            + " statement and backfill existing rows in batches"));
        });
    }

    private static Optional<String> reason(ColumnDefinition column) {
        Optional<String> volatileDefault = column.defaultExpression().filter(value -> VOLATILE_CALL.matcher(value).find());
        if (volatileDefault.isPresent()) {
            return Optional.of("volatile default " + volatileDefault.get());
        }
        if (column.serial()) {
            return Optional.of("serial: a nextval() default");
        }
        if (column.identity()) {
            return Optional.of("identity");
        }
        return column.storedGenerated() ? Optional.of("stored generated") : Optional.empty();
    }
}
