package org.strat.migrate.catalog.compare;

import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.change.CreateTable;
import org.strat.migrate.catalog.change.DropTable;
import org.strat.migrate.catalog.change.SchemaChange;

import java.util.ArrayList;
import java.util.List;

/** Tables present on one side only; a table present on both is left to the column, constraint and index comparators. */
final class TableComparator {

    private TableComparator() {
    }

    static List<SchemaChange> compare(SchemaSnapshot here, SchemaSnapshot there) {
        List<SchemaChange> changes = new ArrayList<>();
        there.tables().values().stream().filter(table -> !here.tables().containsKey(table.name()))
                .forEach(table -> changes.add(new CreateTable(table)));
        here.tables().values().stream().filter(table -> !there.tables().containsKey(table.name()))
                .forEach(table -> changes.add(new DropTable(table)));
        return changes;
    }
}
