package org.strat.migrate.catalog.compare;

import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.Sequence;
import org.strat.migrate.catalog.change.AlterSequence;
import org.strat.migrate.catalog.change.CreateSequence;
import org.strat.migrate.catalog.change.DropSequence;
import org.strat.migrate.catalog.change.SchemaChange;

import java.util.ArrayList;
import java.util.List;

/**
 * Sequences by name, then options and owning column. A serial column's sequence name is generated, but its
 * column's DEFAULT names it (nextval('lineups_id_seq')), so the name is part of the schema and compared as such.
 */
final class SequenceComparator {

    private SequenceComparator() {
    }

    static List<SchemaChange> compare(SchemaSnapshot here, SchemaSnapshot there) {
        List<SchemaChange> changes = new ArrayList<>();
        for (Sequence wanted : there.sequences().values()) {
            Sequence existing = here.sequences().get(wanted.name());
            if (existing == null) {
                changes.add(new CreateSequence(wanted));
            } else if (!existing.equals(wanted)) {
                changes.add(new AlterSequence(existing, wanted));
            }
        }
        here.sequences().values().stream().filter(sequence -> !there.sequences().containsKey(sequence.name()))
                .forEach(sequence -> changes.add(new DropSequence(sequence)));
        return changes;
    }
}
