package org.strat.migrate.catalog.compare;

import org.strat.migrate.catalog.Naming;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.change.SchemaChange;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two {@link SchemaSnapshot}s read from the same server and lists the changes that take the first
 * ("here") to the second (the target); empty when they are the same schema.
 *
 * <p>Usage: {@code List<SchemaChange> changes = SchemaComparison.compare(live, revisionSchema);}. Each object kind
 * has its own comparator, each a set difference; the list is ordered by kind (tables, sequences, columns,
 * constraints, indexes, views), then by the table or view concerned. Pure and thread-safe.
 */
public final class SchemaComparison {

    private interface Comparator {
        List<SchemaChange> compare(SchemaSnapshot here, SchemaSnapshot there, Naming naming);
    }

    private static final List<Comparator> COMPARATORS = List.of(
            (here, there, naming) -> TableComparator.compare(here, there),
            (here, there, naming) -> SequenceComparator.compare(here, there),
            (here, there, naming) -> ColumnComparator.compare(here, there),
            ConstraintComparator::compare,
            IndexComparator::compare,
            (here, there, naming) -> ViewComparator.compare(here, there));

    private SchemaComparison() {
    }

    public static List<SchemaChange> compare(SchemaSnapshot here, SchemaSnapshot target) {
        return compare(here, target, Naming.GENERATED_MAY_DIFFER);
    }

    /** Like {@link #compare(SchemaSnapshot, SchemaSnapshot)}, with the given rule for names. */
    public static List<SchemaChange> compare(SchemaSnapshot here, SchemaSnapshot target, Naming naming) {
        List<SchemaChange> changes = new ArrayList<>();
        for (Comparator comparator : COMPARATORS) {
            List<SchemaChange> found = new ArrayList<>(comparator.compare(here, target, naming));
            // Stable: within one subject, a comparator's own order stands (a column's type before its default).
            found.sort(java.util.Comparator.comparing(SchemaChange::subject));
            changes.addAll(found);
        }
        return List.copyOf(changes);
    }

    /** The changes that undo {@code changes}: each reversed, in reverse order (the downgrade of an upgrade). */
    public static List<SchemaChange> reverse(List<SchemaChange> changes) {
        List<SchemaChange> reversed = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            reversed.add(changes.get(i).reverse());
        }
        return List.copyOf(reversed);
    }

    /** Each change's line, against the named target ("in 001"). */
    public static List<String> describe(List<SchemaChange> changes, String target) {
        return changes.stream().map(change -> change.describe(target)).toList();
    }
}
