package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Sequence;

/** A sequence (typically a serial column's) the target has and this schema lacks. */
public record CreateSequence(Sequence sequence) implements SchemaChange {

    @Override
    public String describe(String target) {
        return "sequence " + sequence.name() + ": missing";
    }

    @Override
    public DropSequence reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public String subject() {
        return sequence.ownedBy() == null ? sequence.name() : sequence.ownedBy().substring(0, sequence.ownedBy().indexOf('.'));
    }
}
