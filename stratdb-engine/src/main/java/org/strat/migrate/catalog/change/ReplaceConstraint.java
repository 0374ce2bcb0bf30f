package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Constraint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One constraint defined differently on the two sides: same name, or a foreign key on the same columns to the same
 * table (whose name may have been generated). SQL: drop {@code from}, add {@code to}.
 */
public record ReplaceConstraint(String table, Constraint from, Constraint to) implements SchemaChange {

    // How pg_get_constraintdef writes a referential action, including PostgreSQL 15's SET NULL (column, ...).
    private static final Pattern RULE = Pattern.compile(
            " ON (DELETE|UPDATE) (NO ACTION|RESTRICT|CASCADE|SET NULL|SET DEFAULT)( \\([^)]*\\))?");

    @Override
    public String describe(String target) {
        return to.kind().label() + " " + from.name() + " on " + table + ": " + difference(target);
    }

    // When two foreign keys differ only in their ON DELETE / ON UPDATE rules, say just that.
    private String difference(String target) {
        if (from.foreignKey() != null && to.foreignKey() != null && withoutRules(from).equals(withoutRules(to))) {
            List<String> rules = new ArrayList<>();
            if (!from.foreignKey().onDelete().equals(to.foreignKey().onDelete())) {
                rules.add("ON DELETE " + from.foreignKey().onDelete() + " here, " + to.foreignKey().onDelete() + " " + target);
            }
            if (!from.foreignKey().onUpdate().equals(to.foreignKey().onUpdate())) {
                rules.add("ON UPDATE " + from.foreignKey().onUpdate() + " here, " + to.foreignKey().onUpdate() + " " + target);
            }
            if (!rules.isEmpty()) {
                return String.join("; ", rules);
            }
        }
        return from.definition() + " here, " + to.definition() + " " + target;
    }

    private static String withoutRules(Constraint constraint) {
        return RULE.matcher(constraint.definition()).replaceAll("");
    }

    @Override
    public ReplaceConstraint reverse() {
        return new ReplaceConstraint(table, to, from);
    }

    @Override
    public String subject() {
        return table;
    }
}
