package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Constraint;

/** A constraint the target's table has and this schema's lacks (compared by definition, not by name). */
public record AddConstraint(String table, Constraint constraint) implements SchemaChange {

    @Override
    public String describe(String target) {
        return constraint.kind().label() + " " + constraint.name() + " on " + table + ": missing";
    }

    @Override
    public DropConstraint reverse() {
        return new DropConstraint(table, constraint);
    }

    @Override
    public String subject() {
        return table;
    }
}
