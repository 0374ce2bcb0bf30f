package org.strat.migrate.command;

import java.nio.file.Path;
import java.util.List;

/**
 * What a downgrade confirmed with --yes is about to drop, and where the schema dump written before it went.
 *
 * @param dumpNote why the dump was written from the catalog rather than by pg_dump, or null
 */
public record DataLoss(List<Drop> drops, Path dumpFile, SchemaDumpResult.Method dumpMethod, String dumpNote) {

    public DataLoss {
        drops = List.copyOf(drops);
    }

    /**
     * A table (column null) or a column that holds data and would be dropped.
     *
     * @param rows the table's rows, or the rows where the column has a value
     */
    public record Drop(String table, String column, long rows) {

        /** "table plays: 120 rows" or "column plays.hit_location: 40 rows with a value". */
        public String describe() {
            return column == null ? "table " + table + ": " + rows + " row(s)"
                    : "column " + table + "." + column + ": " + rows + " row(s) with a value";
        }
    }
}
