package org.strat.migrate.guard;

import org.strat.migrate.schema.SchemaDumpResult;

import java.nio.file.Path;
import java.util.List;

/**
 * What a downgrade confirmed with --yes is about to remove, and what was saved before it.
 *
 * @param unreadable  statements whose effect cannot be read (a DO block, a procedure call), with where they are
 * @param dumpNote    why the schema dump was written from the catalog rather than by pg_dump, or null
 * @param rowsFile    the SQL file holding the rows of {@code savedTables}, which psql restores
 * @param rowsSchema  the schema a restore of {@code rowsFile} puts them in
 * @param savedTables every table whose rows were saved: those below, or every table when a statement is unreadable
 */
public record DataLoss(List<Drop> drops, List<String> unreadable, Path dumpFile, SchemaDumpResult.Method dumpMethod,
                       String dumpNote, Path rowsFile, String rowsSchema, List<String> savedTables) {

    public DataLoss {
        drops = List.copyOf(drops);
        unreadable = List.copyOf(unreadable);
        savedTables = List.copyOf(savedTables);
    }

    /**
     * A table (column null) or a column that holds data and would be dropped or emptied.
     *
     * @param rows the table's rows, or the rows where the column has a value
     * @param how  the statement that removes them, and its file
     * @param atMost the statement removes some of the rows (a DELETE with a condition): {@code rows} is the most
     */
    public record Drop(String table, String column, long rows, String how, boolean atMost) {

        /** "table plays: 120 row(s) (TRUNCATE plays, in 003_x.sql)" or "column plays.hit_location: 40 row(s) with a value (...)". */
        public String describe() {
            return (column == null ? "table " + table + ": " + rows + " row(s)"
                    : "column " + table + "." + column + ": " + rows + " row(s) with a value")
                    + (atMost ? " at most" : "") + " (" + how + ")";
        }
    }
}
