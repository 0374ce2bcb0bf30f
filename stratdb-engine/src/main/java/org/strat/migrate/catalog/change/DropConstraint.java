package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Constraint;

/** A constraint only this schema's table has. */
public record DropConstraint(String table, Constraint constraint) implements SchemaChange {

    @Override
    public String describe(String target) {
        return constraint.kind().label() + " " + constraint.name() + " on " + table + ": "
                + constraint.definition() + " not " + target;
    }

    @Override
    public AddConstraint reverse() {
        return new AddConstraint(table, constraint);
    }

    @Override
    public String subject() {
        return table;
    }
}
