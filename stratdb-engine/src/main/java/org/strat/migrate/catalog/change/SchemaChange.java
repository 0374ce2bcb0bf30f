package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Column;

/**
 * One difference between two schemas, as the change that takes the schema being examined ("here") to the target
 * schema (a revision's, or the models'): a value that knows its inverse (conventions 5).
 *
 * <p>{@link org.strat.migrate.catalog.compare.SchemaComparison} produces a {@code List<SchemaChange>}; everything that consumes it reads the same
 * list: {@code stamp} refuses with the {@link #describe(String) descriptions}, {@code check} prints them, and
 * autogenerate renders each change's SQL for the upgrade and, from {@link #reverse()} in reverse order, the
 * downgrade. Every record carries the complete objects it adds or removes (a {@link DropColumn} holds the whole
 * {@link Column}), so the reverse of a drop can recreate exactly what was dropped.
 */
public sealed interface SchemaChange permits CreateTable, DropTable, AddColumn, DropColumn, AlterColumnType,
        AlterColumnNullability, AlterColumnDefault, AlterColumnGeneration, AddConstraint, DropConstraint,
        ReplaceConstraint, RenameConstraint, CreateIndex, DropIndex, ReplaceIndex, RenameIndex, CreateView, DropView,
        ReplaceView, CreateSequence, DropSequence, AlterSequence {

    /**
     * One line for a person, e.g. {@code plays.hit_location: missing} or
     * {@code games.status: default 'new' here, 'pending' in 001}.
     *
     * @param target where the wanted state lives, as a phrase that follows "here, ...": {@code "in 001"},
     *               {@code "in the models"}
     */
    String describe(String target);

    /** {@link #describe(String)} against an unnamed target. */
    default String describe() {
        return describe("in the target");
    }

    /** The change that undoes this one. */
    SchemaChange reverse();

    /** The table, view or sequence the change is about; changes are listed in order of it. */
    String subject();
}
