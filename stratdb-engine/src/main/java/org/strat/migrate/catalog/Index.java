package org.strat.migrate.catalog;

import java.util.List;
import java.util.Objects;

/**
 * An index that no constraint owns (primary-key, unique and exclusion constraints bring their own and are compared
 * as constraints).
 *
 * @param table      the table or materialized view it indexes
 * @param columns    the key columns or expressions, as {@code pg_get_indexdef} prints each
 * @param predicate  the WHERE clause of a partial index, else null
 * @param definition everything after {@code ON <table>} in {@code pg_get_indexdef}, e.g. {@code USING btree
 *                   (game_id, team_id)}: {@code CREATE [UNIQUE] INDEX name ON table <definition>} recreates it
 * @param valid      false for an index left INVALID by a failed {@code CREATE INDEX CONCURRENTLY}
 */
public record Index(String name, String table, boolean unique, String method, List<String> columns,
                    String predicate, String definition, boolean valid) {

    public Index {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(definition, "definition");
        columns = List.copyOf(columns);
    }

    /** "UNIQUE USING btree (game_id, play_number)": what two indexes must share to be the same index. */
    public String shape() {
        return (unique ? "UNIQUE " : "") + definition + (valid ? "" : " INVALID");
    }
}
