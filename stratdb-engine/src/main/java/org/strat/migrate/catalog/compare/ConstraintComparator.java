package org.strat.migrate.catalog.compare;

import org.strat.migrate.catalog.Constraint;
import org.strat.migrate.catalog.Naming;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.Spelling;
import org.strat.migrate.catalog.Table;
import org.strat.migrate.catalog.change.AddConstraint;
import org.strat.migrate.catalog.change.DropConstraint;
import org.strat.migrate.catalog.change.RenameConstraint;
import org.strat.migrate.catalog.change.ReplaceConstraint;
import org.strat.migrate.catalog.change.SchemaChange;

import java.util.ArrayList;
import java.util.List;

/**
 * Constraints of the tables both sides have, matched by what they enforce ({@code pg_get_constraintdef}), not by
 * name; a foreign key on the same columns to the same table with another rule is one constraint redefined.
 */
final class ConstraintComparator {

    private static final DefinitionMatcher<Constraint> MATCHER = new DefinitionMatcher<>(Constraint::name,
            constraint -> constraint.kind() + " " + Spelling.normalise(constraint.definition()),
            ConstraintComparator::sameForeignKey);

    private ConstraintComparator() {
    }

    static List<SchemaChange> compare(SchemaSnapshot here, SchemaSnapshot there, Naming naming) {
        List<SchemaChange> changes = new ArrayList<>();
        for (Table wanted : there.tables().values()) {
            Table existing = here.tables().get(wanted.name());
            if (existing == null) {
                continue;
            }
            String table = wanted.name();
            DefinitionMatcher.Result<Constraint> result = MATCHER.match(existing.constraints(), wanted.constraints(), table, naming);
            result.renamed().forEach(pair -> changes.add(new RenameConstraint(table, pair.here(), pair.there())));
            result.redefined().forEach(pair -> changes.add(new ReplaceConstraint(table, pair.here(), pair.there())));
            result.missing().forEach(constraint -> changes.add(new AddConstraint(table, constraint)));
            result.extra().forEach(constraint -> changes.add(new DropConstraint(table, constraint)));
        }
        return changes;
    }

    private static boolean sameForeignKey(Constraint a, Constraint b) {
        return a.foreignKey() != null && b.foreignKey() != null
                && a.foreignKey().columns().equals(b.foreignKey().columns())
                && a.foreignKey().targetTable().equals(b.foreignKey().targetTable());
    }
}
