package org.strat.migrate.autogen;

import org.strat.migrate.catalog.Constraint;
import org.strat.migrate.catalog.Sequence;
import org.strat.migrate.catalog.Table;
import org.strat.migrate.catalog.change.AddColumn;
import org.strat.migrate.catalog.change.AddConstraint;
import org.strat.migrate.catalog.change.AlterSequence;
import org.strat.migrate.catalog.change.CreateIndex;
import org.strat.migrate.catalog.change.CreateSequence;
import org.strat.migrate.catalog.change.CreateTable;
import org.strat.migrate.catalog.change.CreateView;
import org.strat.migrate.catalog.change.DropColumn;
import org.strat.migrate.catalog.change.DropConstraint;
import org.strat.migrate.catalog.change.DropIndex;
import org.strat.migrate.catalog.change.DropSequence;
import org.strat.migrate.catalog.change.DropTable;
import org.strat.migrate.catalog.change.DropView;
import org.strat.migrate.catalog.change.RenameConstraint;
import org.strat.migrate.catalog.change.RenameIndex;
import org.strat.migrate.catalog.change.ReplaceConstraint;
import org.strat.migrate.catalog.change.ReplaceIndex;
import org.strat.migrate.catalog.change.ReplaceView;
import org.strat.migrate.catalog.change.SchemaChange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts changes in an order PostgreSQL accepts: what depends on an object goes before the object is dropped, and
 * after it is created. Pure.
 *
 * <p>{@code SchemaComparison}'s list is ordered by kind for reading; a revision needs foreign keys dropped before
 * the tables they reference, constraints and indexes dropped before their columns, sequences created before the
 * columns whose DEFAULT calls them, tables created before the foreign keys that reference them. So each change is
 * placed in a {@link Phase}, and the changes that span two phases are split: a replaced constraint or index is
 * dropped early and added late, a new table's foreign keys are added once every table exists, a new serial
 * sequence is owned by its column once the column exists. A sequence owned by a dropped table or column is left
 * out: PostgreSQL drops it with its owner.
 */
final class SafeOrder {

    /** The order of the sections of a revision. */
    enum Phase {
        DROP_VIEWS, DROP_FOREIGN_KEYS, DROP_CONSTRAINTS_AND_INDEXES, DROP_TABLES, CREATE_SEQUENCES, CREATE_TABLES,
        COLUMNS, SEQUENCES, ADD_CONSTRAINTS_AND_INDEXES, ADD_FOREIGN_KEYS, CREATE_VIEWS
    }

    /**
     * One change in its place, with the comment that introduces it in the revision.
     *
     * @param comment what the change does, in {@link SchemaChange#describe(String)}'s words
     */
    record Step(SchemaChange change, String comment) {
    }

    private final String target;
    private final Map<Phase, List<Step>> phases = new EnumMap<>(Phase.class);

    private SafeOrder(String target) {
        this.target = target;
        for (Phase phase : Phase.values()) {
            phases.put(phase, new ArrayList<>());
        }
    }

    /** @param target how comments name the wanted state: "in the models" */
    static List<Step> of(List<SchemaChange> changes, String target) {
        SafeOrder order = new SafeOrder(target);
        Set<String> droppedTables = changes.stream().filter(DropTable.class::isInstance)
                .map(change -> ((DropTable) change).table().name()).collect(Collectors.toSet());
        Set<String> droppedColumns = changes.stream().filter(DropColumn.class::isInstance)
                .map(change -> ((DropColumn) change).table() + "." + ((DropColumn) change).column().name())
                .collect(Collectors.toSet());
        for (SchemaChange change : changes) {
            if (change instanceof DropSequence drop && drop.sequence().ownedBy() != null
                    && (droppedColumns.contains(drop.sequence().ownedBy())
                    || droppedTables.contains(drop.sequence().ownedBy().substring(0, drop.sequence().ownedBy().indexOf('.'))))) {
                continue;
            }
            order.place(change, droppedTables);
        }
        order.dropColumnsBeforeAddingThem();
        return order.phases.values().stream().flatMap(List::stream).toList();
    }

    private void place(SchemaChange change, Set<String> droppedTables) {
        String comment = change.describe(target);
        if (change instanceof CreateTable create) {
            placeNewTable(create.table(), comment);
        } else if (change instanceof DropTable drop) {
            dropForeignKeysBetweenDroppedTables(drop.table(), droppedTables);
            add(Phase.DROP_TABLES, change, comment);
        } else if (change instanceof CreateSequence create && create.sequence().ownedBy() != null) {
            Sequence sequence = create.sequence();
            Sequence unowned = new Sequence(sequence.name(), sequence.type(), sequence.start(), sequence.increment(),
                    sequence.minValue(), sequence.maxValue(), sequence.cache(), sequence.cycle(), null);
            add(Phase.CREATE_SEQUENCES, new CreateSequence(unowned), comment);
            add(Phase.SEQUENCES, new AlterSequence(unowned, sequence), "sequence " + sequence.name() + " belongs to "
                    + sequence.ownedBy() + ", as a serial column's does, now that the column exists");
        } else if (change instanceof ReplaceConstraint replace) {
            add(phaseOf(new DropConstraint(replace.table(), replace.from())), new DropConstraint(replace.table(), replace.from()),
                    comment + ": drop the old definition");
            add(phaseOf(new AddConstraint(replace.table(), replace.to())), new AddConstraint(replace.table(), replace.to()),
                    comment + ": add the new definition");
        } else if (change instanceof ReplaceIndex replace) {
            add(Phase.DROP_CONSTRAINTS_AND_INDEXES, new DropIndex(replace.from()), comment + ": drop the old definition");
            add(Phase.ADD_CONSTRAINTS_AND_INDEXES, new CreateIndex(replace.to()), comment + ": add the new definition");
        } else if (change instanceof ReplaceView replace) {
            add(Phase.DROP_VIEWS, new DropView(replace.from()), comment + ": drop the old definition");
            add(Phase.CREATE_VIEWS, new CreateView(replace.to()), comment + ": create the new definition");
        } else {
            add(phaseOf(change), change, comment);
        }
    }

    // The table with its keys, checks and indexes now; its foreign keys once every table they may reference exists.
    private void placeNewTable(Table table, String comment) {
        List<Constraint> foreignKeys = table.constraints().stream().filter(constraint -> constraint.foreignKey() != null).toList();
        List<Constraint> others = table.constraints().stream().filter(constraint -> constraint.foreignKey() == null).toList();
        add(Phase.CREATE_TABLES, new CreateTable(new Table(table.name(), table.columns(), others, table.indexes())), comment);
        for (Constraint foreignKey : foreignKeys) {
            AddConstraint add = new AddConstraint(table.name(), foreignKey);
            add(Phase.ADD_FOREIGN_KEYS, add, add.describe(target));
        }
    }

    // DROP TABLE refuses a table another table's foreign key references, even when that table goes too.
    private void dropForeignKeysBetweenDroppedTables(Table table, Set<String> droppedTables) {
        table.constraints().stream()
                .filter(constraint -> constraint.foreignKey() != null)
                .filter(constraint -> !constraint.foreignKey().targetTable().equals(table.name()))
                .filter(constraint -> droppedTables.contains(constraint.foreignKey().targetTable()))
                .forEach(constraint -> add(Phase.DROP_FOREIGN_KEYS, new DropConstraint(table.name(), constraint),
                        "foreign key " + constraint.name() + " on " + table.name() + " references "
                                + constraint.foreignKey().targetTable() + ", which is dropped too: drop the key first"));
    }

    // Within a table, a dropped column comes right before the added ones, where a rename would show as the pair.
    private void dropColumnsBeforeAddingThem() {
        phases.get(Phase.COLUMNS).sort(Comparator.comparing((Step step) -> step.change().subject())
                .thenComparing(step -> step.change() instanceof DropColumn ? 0 : step.change() instanceof AddColumn ? 1 : 2));
    }

    private void add(Phase phase, SchemaChange change, String comment) {
        phases.get(phase).add(new Step(change, comment));
    }

    static Phase phaseOf(SchemaChange change) {
        if (change instanceof DropConstraint drop) {
            return drop.constraint().foreignKey() != null ? Phase.DROP_FOREIGN_KEYS : Phase.DROP_CONSTRAINTS_AND_INDEXES;
        }
        if (change instanceof AddConstraint add) {
            return add.constraint().foreignKey() != null ? Phase.ADD_FOREIGN_KEYS : Phase.ADD_CONSTRAINTS_AND_INDEXES;
        }
        if (change instanceof DropIndex) {
            return Phase.DROP_CONSTRAINTS_AND_INDEXES;
        }
        if (change instanceof CreateIndex || change instanceof RenameIndex || change instanceof RenameConstraint) {
            return Phase.ADD_CONSTRAINTS_AND_INDEXES;
        }
        if (change instanceof DropTable) {
            return Phase.DROP_TABLES;
        }
        if (change instanceof CreateTable) {
            return Phase.CREATE_TABLES;
        }
        if (change instanceof CreateSequence) {
            return Phase.CREATE_SEQUENCES;
        }
        if (change instanceof AlterSequence || change instanceof DropSequence) {
            return Phase.SEQUENCES;
        }
        if (change instanceof DropView) {
            return Phase.DROP_VIEWS;
        }
        if (change instanceof CreateView) {
            return Phase.CREATE_VIEWS;
        }
        // AddColumn, DropColumn and the AlterColumn* changes.
        return Phase.COLUMNS;
    }
}
