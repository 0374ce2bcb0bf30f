package org.strat.migrate.catalog;

import java.util.Objects;

/**
 * A column as PostgreSQL itself prints it: {@code type} from {@code format_type}, {@code defaultValue} and
 * {@code generated} from {@code pg_get_expr}, so that two spellings of one column ({@code int4} / {@code integer})
 * read the same.
 *
 * @param defaultValue the DEFAULT expression, or null
 * @param identity     "ALWAYS" or "BY DEFAULT" for an identity column, else null
 * @param generated    the expression of a {@code GENERATED ALWAYS AS (...) STORED} column, else null
 * @param collation    the column's collation, quoted, when it is not its type's default; else null
 */
public record Column(String name, String type, boolean notNull, String defaultValue, String identity,
                     String generated, String collation) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** The column's type with its collation, as {@code ALTER COLUMN ... TYPE} and a column definition take it. */
    public String typeWithCollation() {
        return collation == null ? type : type + " COLLATE " + collation;
    }
}
