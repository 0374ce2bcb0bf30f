package org.strat.migrate.catalog;

import java.util.List;

/**
 * The parts of a FOREIGN KEY constraint that a person asks about: which columns point where, and what happens to
 * them when the referenced row goes.
 *
 * @param onDelete the rule as SQL writes it: NO ACTION, RESTRICT, CASCADE, SET NULL or SET DEFAULT
 */
public record ForeignKey(List<String> columns, String targetTable, List<String> targetColumns, String onDelete,
                         String onUpdate) {

    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }

    /** The rule letter of pg_constraint.confdeltype / confupdtype as SQL writes it. */
    static String rule(String code) {
        return switch (code) {
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }
}
