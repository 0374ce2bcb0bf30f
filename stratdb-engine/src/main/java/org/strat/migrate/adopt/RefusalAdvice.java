package org.strat.migrate.adopt;

import org.strat.migrate.catalog.change.AddColumn;
import org.strat.migrate.catalog.change.AlterColumnNullability;
import org.strat.migrate.catalog.change.AlterColumnType;
import org.strat.migrate.catalog.change.CreateTable;
import org.strat.migrate.catalog.change.DropColumn;
import org.strat.migrate.catalog.change.DropTable;
import org.strat.migrate.catalog.change.SchemaChange;

/**
 * What to do about a difference adopt will not reconcile because the step would lose or rewrite data, or change
 * what the data may be: the second half of each refusal line.
 */
final class RefusalAdvice {

    private static final String AGAIN = ", then run \"stratdb adopt\" again";

    private RefusalAdvice() {
    }

    static String of(SchemaChange change) {
        if (change instanceof CreateTable) {
            return "adopt never creates a table; check that this is the right database (--url), or adopt an earlier"
                    + " revision (\"stratdb adopt <revision>\") and let \"stratdb upgrade\" create it";
        }
        if (change instanceof DropTable) {
            return "adopt never drops a table (its rows would be lost); move it out of this schema or drop it"
                    + " yourself once its rows are safe" + AGAIN;
        }
        if (change instanceof AddColumn) {
            return "adopt never adds a column (the table's rows would need values); add it yourself" + AGAIN;
        }
        if (change instanceof DropColumn) {
            return "adopt never drops a column (its values would be lost); copy what you need and drop it yourself" + AGAIN;
        }
        if (change instanceof AlterColumnType) {
            return "adopt never changes a column's type (the table would be rewritten and values converted); change"
                    + " it yourself in a maintenance window" + AGAIN;
        }
        if (change instanceof AlterColumnNullability) {
            return "adopt never changes whether a column may be NULL (rows may not fit); change it yourself" + AGAIN;
        }
        return "adopt does not change this online; change it yourself" + AGAIN;
    }
}
