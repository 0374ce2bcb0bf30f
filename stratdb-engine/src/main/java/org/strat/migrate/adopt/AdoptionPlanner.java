package org.strat.migrate.adopt;

import org.strat.migrate.catalog.Constraint;
import org.strat.migrate.catalog.Index;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.View;
import org.strat.migrate.catalog.change.AddConstraint;
import org.strat.migrate.catalog.change.AlterColumnDefault;
import org.strat.migrate.catalog.change.CreateIndex;
import org.strat.migrate.catalog.change.CreateScript;
import org.strat.migrate.catalog.change.CreateView;
import org.strat.migrate.catalog.change.DropConstraint;
import org.strat.migrate.catalog.change.DropIndex;
import org.strat.migrate.catalog.change.DropView;
import org.strat.migrate.catalog.change.RenameConstraint;
import org.strat.migrate.catalog.change.RenameIndex;
import org.strat.migrate.catalog.change.ReplaceConstraint;
import org.strat.migrate.catalog.change.ReplaceIndex;
import org.strat.migrate.catalog.change.ReplaceView;
import org.strat.migrate.catalog.change.SchemaChange;
import org.strat.migrate.run.Steps;
import org.strat.migrate.sql.SqlResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.strat.migrate.catalog.Identifiers.quote;

/**
 * Turns the differences between a live schema and a revision's into the steps that make them identical on a
 * database in use, or into refusals. Pure: it reads the two snapshots and the list of differences only.
 *
 * <p>Only steps that neither lose nor rewrite data and that hold strong locks for moments only: renames,
 * {@code ADD CONSTRAINT ... USING INDEX}, constraints added {@code NOT VALID} and validated in a later transaction,
 * indexes built and dropped {@code CONCURRENTLY}, defaults, and derived objects (views and materialized views)
 * rebuilt beside the old ones and swapped in by renames in one short transaction. Tables, columns, types,
 * nullability and sequences are the data's shape: a difference there is refused, one line each.
 *
 * <p>Steps come in an order that also finishes an adoption that was interrupted: what an earlier run left behind (an
 * INVALID index, a half-built view, a constraint not yet validated) is a difference like any other, and is cleaned up
 * or completed first.
 */
final class AdoptionPlanner {

    /** Suffix of the objects built beside the ones they replace. */
    static final String NEW_SUFFIX = "_stratdb_new";
    private static final String OLD_SUFFIX = "_stratdb_old";
    private static final int MAX_IDENTIFIER = 63;

    private final SchemaSnapshot live;
    private final String where;

    private final List<AdoptionStep> cleanup = new ArrayList<>();
    private final List<AdoptionStep> renames = new ArrayList<>();
    private final List<AdoptionStep> keys = new ArrayList<>();
    private final List<AdoptionStep> indexes = new ArrayList<>();
    private final List<AdoptionStep> constraints = new ArrayList<>();
    private final List<AdoptionStep> validations = new ArrayList<>();
    private final List<AdoptionStep> drops = new ArrayList<>();
    private final List<AdoptionStep> views = new ArrayList<>();
    private final List<RowCheck> rowChecks = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();

    /**
     * @param live   the schema as it is
     * @param target where the wanted state lives, as a phrase that follows "here, ...": "in 001"
     */
    private AdoptionPlanner(SchemaSnapshot live, String target) {
        this.live = live;
        this.where = target;
    }

    static AdoptionPlan plan(SchemaSnapshot live, List<SchemaChange> differences, String target) {
        return new AdoptionPlanner(live, target).build(differences);
    }

    private AdoptionPlan build(List<SchemaChange> differences) {
        List<SchemaChange> open = new ArrayList<>(differences);
        pairUniqueIndexesWithConstraints(open);
        for (SchemaChange change : open) {
            classify(change);
        }
        List<AdoptionStep> steps = new ArrayList<>();
        for (List<AdoptionStep> phase : List.of(cleanup, renames, keys, indexes, constraints, validations, drops, views)) {
            steps.addAll(phase);
        }
        return new AdoptionPlan(differences, steps, rowChecks, refusals);
    }

    // A unique rule can be a constraint on one side and a bare unique index on the other; each such pair is one
    // change of kind, not a missing object and an extra one.
    private void pairUniqueIndexesWithConstraints(List<SchemaChange> open) {
        for (SchemaChange change : List.copyOf(open)) {
            if (change instanceof AddConstraint add && isKey(add.constraint())) {
                Optional<DropIndex> index = open.stream().filter(DropIndex.class::isInstance).map(DropIndex.class::cast)
                        .filter(drop -> drop.index().valid() && sameKey(drop.index(), add.table(), add.constraint()))
                        .findFirst();
                if (index.isPresent()) {
                    open.remove(add);
                    open.remove(index.get());
                    keys.add(AdoptionStep.single(add.constraint().kind().label() + " " + add.constraint().name() + " on "
                                    + add.table() + " from unique index " + index.get().index().name(),
                            addKeyUsingIndex(add.table(), add.constraint(), index.get().index().name())));
                }
            } else if (change instanceof DropConstraint drop && drop.constraint().kind() == Constraint.Kind.UNIQUE) {
                pairConstraintWithIndex(open, drop);
            }
        }
    }

    private void pairConstraintWithIndex(List<SchemaChange> open, DropConstraint drop) {
        String table = drop.table();
        Constraint constraint = drop.constraint();
        for (SchemaChange other : List.copyOf(open)) {
            if (other instanceof CreateIndex create && sameKey(create.index(), table, constraint)) {
                // Built beside under another name first, so that the rule is enforced at every moment.
                String temporary = temporaryName(create.index().name());
                open.remove(drop);
                open.remove(create);
                keys.add(AdoptionStep.single("unique index " + create.index().name() + " built beside unique constraint "
                        + constraint.name(), createIndexConcurrently(rename(create.index(), temporary))));
                keys.add(AdoptionStep.transaction("unique constraint " + constraint.name() + " on " + table
                        + " replaced by unique index " + create.index().name(), List.of(dropConstraint(table, constraint.name()),
                        renameIndex(temporary, create.index().name()))));
                return;
            }
            if (other instanceof RenameIndex renamed && sameKey(renamed.to(), table, constraint)) {
                // An interrupted run built the index beside already; only the swap is left.
                open.remove(drop);
                open.remove(renamed);
                keys.add(AdoptionStep.transaction("unique constraint " + constraint.name() + " on " + table
                        + " replaced by unique index " + renamed.to().name(), List.of(dropConstraint(table, constraint.name()),
                        renameIndex(renamed.from().name(), renamed.to().name()))));
                return;
            }
        }
    }

    // Java 17 has no pattern matching in switch; each kind of change has its own method.
    private void classify(SchemaChange change) {
        if (change instanceof RenameConstraint rename) {
            renames.add(AdoptionStep.single("rename constraint " + rename.from().name() + " to " + rename.to().name(),
                    alterTable(rename.table()) + "RENAME CONSTRAINT " + quote(rename.from().name()) + " TO " + quote(rename.to().name())));
        } else if (change instanceof RenameIndex rename) {
            renames.add(AdoptionStep.single("rename index " + rename.from().name() + " to " + rename.to().name(),
                    renameIndex(rename.from().name(), rename.to().name())));
        } else if (change instanceof AlterColumnDefault alter) {
            String value = alter.to().defaultValue();
            renames.add(AdoptionStep.single("default of " + alter.table() + "." + alter.to().name(),
                    alterTable(alter.table()) + "ALTER COLUMN " + quote(alter.to().name())
                            + (value == null ? " DROP DEFAULT" : " SET DEFAULT " + value)));
        } else if (change instanceof AddConstraint add) {
            addConstraint(add);
        } else if (change instanceof ReplaceConstraint replace) {
            replaceConstraint(replace);
        } else if (change instanceof DropConstraint drop) {
            dropConstraint(drop);
        } else if (change instanceof CreateIndex create) {
            createIndex(create.index());
        } else if (change instanceof DropIndex drop) {
            dropIndex(drop.index());
        } else if (change instanceof ReplaceIndex replace) {
            replaceIndex(replace);
        } else if (change instanceof CreateView create) {
            views.add(AdoptionStep.transaction(create.view().kind() + " " + create.view().name() + " created",
                    createView(create.view(), create.view().name())));
        } else if (change instanceof DropView drop) {
            dropView(drop.view());
        } else if (change instanceof ReplaceView replace) {
            replaceView(replace);
        } else {
            refuse(change);
        }
    }

    private void addConstraint(AddConstraint add) {
        String table = add.table();
        Constraint constraint = add.constraint();
        switch (constraint.kind()) {
            case CHECK, FOREIGN_KEY -> {
                rowCheck(table, constraint);
                constraints.add(AdoptionStep.single(constraint.kind().label() + " " + constraint.name() + " added on "
                        + table + " (NOT VALID: new rows only)", addNotValid(table, constraint)));
                validations.add(validate(table, constraint));
            }
            case UNIQUE, PRIMARY_KEY -> {
                duplicateCheck(table, constraint.columns().stream().map(column -> quote(column)).toList(), null,
                        constraint.kind().label() + " " + constraint.name());
                keys.add(AdoptionStep.single("unique index " + constraint.name() + " built for the " + constraint.kind().label(),
                        "CREATE UNIQUE INDEX CONCURRENTLY " + quote(constraint.name()) + " ON " + quote(table) + " ("
                                + String.join(", ", constraint.columns().stream().map(column -> quote(column)).toList()) + ")"));
                keys.add(AdoptionStep.single(constraint.kind().label() + " " + constraint.name() + " on " + table
                        + " from its index", addKeyUsingIndex(table, constraint, constraint.name())));
            }
            default -> refusals.add(add.describe(where) + ": adopt does not build " + constraint.kind().label()
                    + "s; add it yourself, then run \"stratdb adopt\" again.");
        }
    }

    private void replaceConstraint(ReplaceConstraint replace) {
        String table = replace.table();
        Constraint from = replace.from();
        Constraint to = replace.to();
        boolean checkOrForeignKey = to.kind() == Constraint.Kind.CHECK || to.kind() == Constraint.Kind.FOREIGN_KEY;
        if (from.notValid() && from.name().equals(to.name()) && from.rereadableDefinition().equals(to.rereadableDefinition())) {
            // Added NOT VALID by an interrupted adoption (or by hand): only the validation is left.
            rowCheck(table, to);
            validations.add(validate(table, to));
        } else if (checkOrForeignKey && from.kind() == to.kind()) {
            // Dropped and added in one transaction, so the table is never without the rule, then validated apart.
            rowCheck(table, to);
            constraints.add(AdoptionStep.transaction(to.kind().label() + " " + to.name() + " on " + table + " redefined",
                    List.of(dropConstraint(table, from.name()), addNotValid(table, to))));
            validations.add(validate(table, to));
        } else {
            refusals.add(replace.describe(where) + ": adopt does not redefine a " + to.kind().label()
                    + " in place; change it yourself, then run \"stratdb adopt\" again.");
        }
    }

    private void dropConstraint(DropConstraint drop) {
        if (drop.constraint().kind() == Constraint.Kind.PRIMARY_KEY || drop.constraint().kind() == Constraint.Kind.EXCLUSION) {
            refusals.add(drop.describe(where) + ": adopt does not drop a " + drop.constraint().kind().label()
                    + "; drop it yourself if it is not needed, then run \"stratdb adopt\" again.");
            return;
        }
        drops.add(AdoptionStep.single(drop.constraint().kind().label() + " " + drop.constraint().name() + " on "
                + drop.table() + " dropped (not " + where + ")", dropConstraint(drop.table(), drop.constraint().name())));
    }

    private void createIndex(Index index) {
        if (index.unique()) {
            duplicateCheck(index.table(), index.columns(), index.predicate(), "unique index " + index.name());
        }
        indexes.add(AdoptionStep.single("index " + index.name() + " built", createIndexConcurrently(index)));
    }

    private void dropIndex(Index index) {
        List<AdoptionStep> phase = index.valid() ? drops : cleanup;
        phase.add(AdoptionStep.single("index " + index.name() + " dropped"
                + (index.valid() ? " (not " + where + ")" : " (INVALID, left by an interrupted build)"),
                "DROP INDEX CONCURRENTLY " + quote(index.name())));
    }

    private void replaceIndex(ReplaceIndex replace) {
        Index from = replace.from();
        Index to = replace.to();
        if (!from.valid()) {
            cleanup.add(AdoptionStep.single("index " + from.name() + " dropped (INVALID, left by an interrupted build)",
                    "DROP INDEX CONCURRENTLY " + quote(from.name())));
            indexes.add(AdoptionStep.single("index " + to.name() + " built", createIndexConcurrently(to)));
            return;
        }
        String temporary = temporaryName(to.name());
        if (to.unique()) {
            duplicateCheck(to.table(), to.columns(), to.predicate(), "unique index " + to.name());
        }
        indexes.add(AdoptionStep.single("index " + to.name() + " rebuilt beside the old one", createIndexConcurrently(rename(to, temporary))));
        indexes.add(AdoptionStep.single("old index " + from.name() + " dropped", "DROP INDEX CONCURRENTLY " + quote(from.name())));
        indexes.add(AdoptionStep.single("new index renamed " + to.name(), renameIndex(temporary, to.name())));
    }

    private void dropView(View view) {
        List<AdoptionStep> phase = view.name().endsWith(NEW_SUFFIX) ? cleanup : views;
        phase.add(0, AdoptionStep.single(view.kind() + " " + view.name() + " dropped"
                        + (view.name().endsWith(NEW_SUFFIX) ? " (left by an interrupted rebuild)" : " (not " + where + ")"),
                "DROP " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + quote(view.name())));
    }

    private void replaceView(ReplaceView replace) {
        View from = replace.from();
        View to = replace.to();
        List<String> dependents = live.views().values().stream().filter(view -> view.dependsOn().contains(from.name()))
                .map(View::name).toList();
        if (!dependents.isEmpty()) {
            refusals.add(replace.describe(where) + ": " + String.join(", ", dependents) + " read(s) it, so it cannot be"
                    + " swapped; drop those first, then run \"stratdb adopt\" again.");
            return;
        }
        if (!from.materialized() || !to.materialized()) {
            List<String> statements = new ArrayList<>();
            statements.add("DROP " + (from.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + quote(from.name()));
            statements.addAll(createView(to, to.name()));
            views.add(AdoptionStep.transaction(to.kind() + " " + to.name() + " replaced", statements));
            return;
        }
        // Rebuilt beside under a temporary name with its indexes, then swapped in by renames in one short
        // transaction: a reader sees the old rows or the new ones, never a missing or empty view.
        String temporary = temporaryName(to.name());
        views.add(AdoptionStep.transaction("materialized view " + to.name() + " rebuilt beside the old one",
                createView(renamedView(to, temporary), temporary)));
        List<String> swap = new ArrayList<>();
        swap.add("ALTER MATERIALIZED VIEW " + quote(from.name()) + " RENAME TO " + quote(temporaryName(from.name(), OLD_SUFFIX)));
        swap.add("ALTER MATERIALIZED VIEW " + quote(temporary) + " RENAME TO " + quote(to.name()));
        swap.add(SqlResource.of(AdoptionPlanner.class, "keep-privileges").strip()
                .replace(":old", literal(quote(temporaryName(from.name(), OLD_SUFFIX)))).replace(":new", literal(quote(to.name()))));
        swap.add("DROP MATERIALIZED VIEW " + quote(temporaryName(from.name(), OLD_SUFFIX)));
        to.indexes().forEach(index -> swap.add(renameIndex(temporaryName(index.name()), index.name())));
        views.add(AdoptionStep.transaction("materialized view " + to.name() + " swapped in", swap));
    }

    // The view and its indexes under the given name; the indexes of a temporary view get temporary names too.
    private static List<String> createView(View view, String name) {
        List<String> statements = new ArrayList<>();
        statements.add(statement(CreateScript.createView(view)));
        boolean temporary = name.endsWith(NEW_SUFFIX);
        view.indexes().forEach(index -> statements.add(statement(CreateScript.createIndex(temporary
                ? new Index(temporaryName(index.name()), name, index.unique(), index.method(), index.columns(),
                index.predicate(), index.definition(), true) : index))));
        return statements;
    }

    private static View renamedView(View view, String name) {
        return new View(name, view.materialized(), view.definition(), view.indexes(), view.dependsOn());
    }

    private void refuse(SchemaChange change) {
        refusals.add(change.describe(where) + ": " + RefusalAdvice.of(change));
    }

    private void rowCheck(String table, Constraint constraint) {
        String label = constraint.kind().label() + " " + constraint.name() + " on " + table;
        if (constraint.kind() == Constraint.Kind.CHECK) {
            String condition = "NOT " + constraint.checkCondition();
            rowChecks.add(new RowCheck(label + " (" + constraint.rereadableDefinition() + ")",
                    "SELECT count(*) FROM " + quote(table) + " WHERE " + condition,
                    "SELECT * FROM " + quote(table) + " WHERE " + condition + ";"));
        } else if (constraint.foreignKey() != null) {
            var key = constraint.foreignKey();
            List<String> present = new ArrayList<>();
            List<String> joined = new ArrayList<>();
            for (int i = 0; i < key.columns().size(); i++) {
                present.add("child." + quote(key.columns().get(i)) + " IS NOT NULL");
                joined.add("parent." + quote(key.targetColumns().get(i)) + " = child." + quote(key.columns().get(i)));
            }
            String condition = " WHERE " + String.join(" AND ", present) + " AND NOT EXISTS (SELECT 1 FROM "
                    + quote(key.targetTable()) + " AS parent WHERE " + String.join(" AND ", joined) + ")";
            rowChecks.add(new RowCheck(label + " (" + constraint.definition() + ")",
                    "SELECT count(*) FROM " + quote(table) + " AS child" + condition,
                    "SELECT child.* FROM " + quote(table) + " AS child" + condition + ";"));
        }
    }

    private void duplicateCheck(String table, List<String> keyColumns, String predicate, String rule) {
        List<String> present = keyColumns.stream().map(column -> column + " IS NOT NULL").toList();
        String where = " WHERE " + String.join(" AND ", present) + (predicate == null ? "" : " AND (" + predicate + ")");
        String grouped = " FROM " + quote(table) + where + " GROUP BY " + String.join(", ", keyColumns) + " HAVING count(*) > 1";
        rowChecks.add(new RowCheck(rule + " on " + table + " (" + String.join(", ", keyColumns) + ")",
                "SELECT count(*) FROM (SELECT 1" + grouped + ") AS duplicate",
                "SELECT " + String.join(", ", keyColumns) + ", count(*)" + grouped + ";"));
    }

    private static boolean isKey(Constraint constraint) {
        return constraint.kind() == Constraint.Kind.UNIQUE || constraint.kind() == Constraint.Kind.PRIMARY_KEY;
    }

    // A plain btree unique index on exactly the constraint's columns, which is what ADD CONSTRAINT ... USING INDEX
    // accepts and what the constraint's own index would be.
    private static boolean sameKey(Index index, String table, Constraint constraint) {
        String columns = String.join(", ", constraint.columns().stream().map(column -> quote(column)).toList());
        return index.unique() && index.table().equals(table) && index.predicate() == null
                && index.definition().equals("USING btree (" + columns + ")");
    }

    private static String addKeyUsingIndex(String table, Constraint constraint, String index) {
        String kind = constraint.kind() == Constraint.Kind.PRIMARY_KEY ? "PRIMARY KEY" : "UNIQUE";
        return alterTable(table) + "ADD CONSTRAINT " + quote(constraint.name()) + " " + kind + " USING INDEX " + quote(index);
    }

    private static String addNotValid(String table, Constraint constraint) {
        return alterTable(table) + "ADD CONSTRAINT " + quote(constraint.name()) + " " + constraint.rereadableDefinition()
                + " NOT VALID";
    }

    private static AdoptionStep validate(String table, Constraint constraint) {
        return AdoptionStep.single(constraint.kind().label() + " " + constraint.name() + " on " + table
                + " validated (existing rows)", alterTable(table) + "VALIDATE CONSTRAINT " + quote(constraint.name()));
    }

    private static String dropConstraint(String table, String name) {
        return alterTable(table) + "DROP CONSTRAINT " + quote(name);
    }

    private static String createIndexConcurrently(Index index) {
        return statement(CreateScript.createIndex(index)).replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY ");
    }

    private static String renameIndex(String from, String to) {
        return "ALTER INDEX " + quote(from) + " RENAME TO " + quote(to);
    }

    private static Index rename(Index index, String name) {
        return new Index(name, index.table(), index.unique(), index.method(), index.columns(), index.predicate(),
                index.definition(), true);
    }

    private static String alterTable(String table) {
        return "ALTER TABLE " + quote(table) + " ";
    }

    static String temporaryName(String name) {
        return temporaryName(name, NEW_SUFFIX);
    }

    // Identifiers longer than 63 bytes are truncated by PostgreSQL; shorten the base instead, so the suffix stays.
    private static String temporaryName(String name, String suffix) {
        int room = MAX_IDENTIFIER - suffix.length();
        return (name.length() > room ? name.substring(0, room) : name) + suffix;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String statement(String script) {
        String text = script.strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }
}
