package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Constraint;

/**
 * The same constraint under another name, where neither name is one PostgreSQL or Hibernate generated (a generated
 * name differing is not a difference): later revisions that name it would not find it.
 */
public record RenameConstraint(String table, Constraint from, Constraint to) implements SchemaChange {

    @Override
    public String describe(String target) {
        return from.kind().label() + " " + from.name() + " on " + table + ": named " + to.name() + " " + target;
    }

    @Override
    public RenameConstraint reverse() {
        return new RenameConstraint(table, to, from);
    }

    @Override
    public String subject() {
        return table;
    }
}
