package org.strat.migrate.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Compares two {@link SchemaSnapshot}s read from the same server and lists the changes that take the first
 * ("here") to the second (the target); empty when they are the same schema.
 *
 * <p>Usage: {@code List<SchemaChange> changes = SchemaComparison.compare(live, revisionSchema);}. Each object kind
 * has its own comparator, each a set difference; the list is ordered by kind (tables, sequences, columns,
 * constraints, indexes, views), then by the table or view concerned. Pure and thread-safe.
 */
public final class SchemaComparison {

    private static final List<BiFunction<SchemaSnapshot, SchemaSnapshot, List<SchemaChange>>> COMPARATORS = List.of(
            TableComparator::compare,
            SequenceComparator::compare,
            ColumnComparator::compare,
            ConstraintComparator::compare,
            IndexComparator::compare,
            ViewComparator::compare);

    private SchemaComparison() {
    }

    public static List<SchemaChange> compare(SchemaSnapshot here, SchemaSnapshot target) {
        List<SchemaChange> changes = new ArrayList<>();
        for (BiFunction<SchemaSnapshot, SchemaSnapshot, List<SchemaChange>> comparator : COMPARATORS) {
            List<SchemaChange> found = new ArrayList<>(comparator.apply(here, target));
            // Stable: within one subject, a comparator's own order stands (a column's type before its default).
            found.sort(Comparator.comparing(SchemaChange::subject));
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
