package org.strat.migrate.autogen;

import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.change.CreateIndex;
import org.strat.migrate.catalog.change.CreateView;
import org.strat.migrate.catalog.change.DropIndex;
import org.strat.migrate.catalog.change.DropSequence;
import org.strat.migrate.catalog.change.DropView;
import org.strat.migrate.catalog.change.RenameIndex;
import org.strat.migrate.catalog.change.ReplaceIndex;
import org.strat.migrate.catalog.change.ReplaceView;
import org.strat.migrate.catalog.change.SchemaChange;
import org.strat.migrate.catalog.compare.SchemaComparison;

import java.util.List;

/**
 * The changes that take the live schema to the models' schema, without those about objects the models cannot
 * describe. Pure.
 *
 * <p>Hibernate's DDL has tables, columns, keys, constraints, indexes and sequences, and nothing else. So the models'
 * schema never has a view or a materialized view, and a plain set difference would propose dropping every one the
 * revisions made (the stat views of 004_stat_views with their indexes): the models saying nothing about them is not
 * the models wanting them gone. The same holds for a sequence no column owns, which is what hand-written SQL makes
 * (a counter a function uses); the models can add one ({@code @SequenceGenerator}), but its absence from them does
 * not drop it. Those changes are left out. The tools' own tables ({@code stratdb_*}, {@code alembic_version}) are already left
 * out when the live schema is read. A table the models lack is different: tables are what entities describe, so it
 * is a dropped entity, and its DROP TABLE is proposed.
 */
final class ModelComparison {

    private ModelComparison() {
    }

    static List<SchemaChange> compare(SchemaSnapshot live, SchemaSnapshot models) {
        return SchemaComparison.compare(live, models).stream().filter(change -> described(change, live)).toList();
    }

    private static boolean described(SchemaChange change, SchemaSnapshot live) {
        if (change instanceof DropView || change instanceof CreateView || change instanceof ReplaceView) {
            return false;
        }
        if (change instanceof DropSequence drop) {
            return drop.sequence().ownedBy() != null;
        }
        return !onView(change, live);
    }

    // An index of a materialized view belongs to the view, which the models do not describe either.
    private static boolean onView(SchemaChange change, SchemaSnapshot live) {
        String relation;
        if (change instanceof CreateIndex create) {
            relation = create.index().table();
        } else if (change instanceof DropIndex drop) {
            relation = drop.index().table();
        } else if (change instanceof ReplaceIndex replace) {
            relation = replace.from().table();
        } else if (change instanceof RenameIndex rename) {
            relation = rename.from().table();
        } else {
            return false;
        }
        return live.views().containsKey(relation);
    }
}
