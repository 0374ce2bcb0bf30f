package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Sequence;

/** A sequence only this schema has. */
public record DropSequence(Sequence sequence) implements SchemaChange {

    @Override
    public String describe(String target) {
        return "sequence " + sequence.name() + ": not " + target;
    }

    @Override
    public CreateSequence reverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public String subject() {
        return reverse().subject();
    }
}
