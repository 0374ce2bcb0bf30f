package org.strat.migrate.autogen;

import org.strat.migrate.catalog.Column;
import org.strat.migrate.catalog.Sequence;
import org.strat.migrate.catalog.View;
import org.strat.migrate.catalog.change.AddColumn;
import org.strat.migrate.catalog.change.AddConstraint;
import org.strat.migrate.catalog.change.AlterColumnDefault;
import org.strat.migrate.catalog.change.AlterColumnGeneration;
import org.strat.migrate.catalog.change.AlterColumnNullability;
import org.strat.migrate.catalog.change.AlterColumnType;
import org.strat.migrate.catalog.change.AlterSequence;
import org.strat.migrate.catalog.change.CreateIndex;
import org.strat.migrate.catalog.change.CreateScript;
import org.strat.migrate.catalog.change.CreateSequence;
import org.strat.migrate.catalog.change.CreateTable;
import org.strat.migrate.catalog.change.CreateView;
import org.strat.migrate.catalog.change.DropColumn;
import org.strat.migrate.catalog.change.DropConstraint;
import org.strat.migrate.catalog.change.DropIndex;
import org.strat.migrate.catalog.change.DropSequence;
import org.strat.migrate.catalog.change.DropTable;
import org.strat.migrate.catalog.change.DropView;
import org.strat.migrate.catalog.change.RenameConstraint;
import org.strat.migrate.catalog.change.RenameIndex;
import org.strat.migrate.catalog.change.ReplaceConstraint;
import org.strat.migrate.catalog.change.ReplaceIndex;
import org.strat.migrate.catalog.change.ReplaceView;
import org.strat.migrate.catalog.change.SchemaChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.strat.migrate.catalog.Identifiers.quote;

/**
 * The SQL of one {@link SchemaChange}: one method per kind of change, each returning its statements (ending with
 * ";"). CREATE forms come from {@link CreateScript}, so a created object is written exactly as a schema dump writes
 * it, and every identifier goes through {@link org.strat.migrate.catalog.Identifiers}.
 *
 * <p>Statements are the plain PostgreSQL forms (no CONCURRENTLY, no NOT VALID): they run in one transaction and
 * are what a reviewer adapts for a busy table, with {@code stratdb lint} pointing at each one. Names are unqualified,
 * as the snapshots were read. Pure and thread-safe.
 */
final class ChangeSql {

    private ChangeSql() {
    }

    // Java 17 has no pattern matching in switch; the sealed interface keeps this list complete in practice, and the
    // last line fails loudly for a kind added later.
    static List<String> statements(SchemaChange change) {
        if (change instanceof CreateTable create) {
            return createTable(create);
        } else if (change instanceof DropTable drop) {
            return dropTable(drop);
        } else if (change instanceof AddColumn add) {
            return addColumn(add);
        } else if (change instanceof DropColumn drop) {
            return dropColumn(drop);
        } else if (change instanceof AlterColumnType alter) {
            return alterColumnType(alter);
        } else if (change instanceof AlterColumnNullability alter) {
            return alterColumnNullability(alter);
        } else if (change instanceof AlterColumnDefault alter) {
            return alterColumnDefault(alter);
        } else if (change instanceof AlterColumnGeneration alter) {
            return alterColumnGeneration(alter);
        } else if (change instanceof AddConstraint add) {
            return addConstraint(add);
        } else if (change instanceof DropConstraint drop) {
            return dropConstraint(drop);
        } else if (change instanceof ReplaceConstraint replace) {
            return replaceConstraint(replace);
        } else if (change instanceof RenameConstraint rename) {
            return renameConstraint(rename);
        } else if (change instanceof CreateIndex create) {
            return createIndex(create);
        } else if (change instanceof DropIndex drop) {
            return dropIndex(drop);
        } else if (change instanceof ReplaceIndex replace) {
            return replaceIndex(replace);
        } else if (change instanceof RenameIndex rename) {
            return renameIndex(rename);
        } else if (change instanceof CreateView create) {
            return createView(create);
        } else if (change instanceof DropView drop) {
            return dropView(drop);
        } else if (change instanceof ReplaceView replace) {
            return replaceView(replace);
        } else if (change instanceof CreateSequence create) {
            return createSequence(create);
        } else if (change instanceof DropSequence drop) {
            return dropSequence(drop);
        } else if (change instanceof AlterSequence alter) {
            return alterSequence(alter);
        }
        throw new IllegalArgumentException("No SQL for " + change.getClass().getSimpleName());
    }

    /** The table with its columns, then each of its constraints and indexes. */
    static List<String> createTable(CreateTable change) {
        List<String> statements = new ArrayList<>(List.of(line(CreateScript.createTable(change.table()))));
        change.table().constraints().forEach(constraint -> statements.add(line(CreateScript.addConstraint(change.table().name(), constraint))));
        change.table().indexes().forEach(index -> statements.add(line(CreateScript.createIndex(index))));
        return statements;
    }

    // No CASCADE: a view or another table's foreign key still depending on the table must stop the revision.
    static List<String> dropTable(DropTable change) {
        return List.of("DROP TABLE " + quote(change.table().name()) + ";");
    }

    static List<String> addColumn(AddColumn change) {
        return List.of(alterTable(change.table()) + "ADD COLUMN " + CreateScript.columnDefinition(change.column()) + ";");
    }

    static List<String> dropColumn(DropColumn change) {
        return List.of(alterTable(change.table()) + "DROP COLUMN " + quote(change.column().name()) + ";");
    }

    // Without USING: where PostgreSQL has an assignment cast it applies it, and where it has none the statement
    // fails and names the column, which is where a person must decide how values convert.
    static List<String> alterColumnType(AlterColumnType change) {
        return List.of(alterColumn(change.table(), change.to()) + "TYPE " + change.to().typeWithCollation() + ";");
    }

    static List<String> alterColumnNullability(AlterColumnNullability change) {
        return List.of(alterColumn(change.table(), change.to()) + (change.to().notNull() ? "SET NOT NULL;" : "DROP NOT NULL;"));
    }

    static List<String> alterColumnDefault(AlterColumnDefault change) {
        String defaultValue = change.to().defaultValue();
        return List.of(alterColumn(change.table(), change.to())
                + (defaultValue == null ? "DROP DEFAULT;" : "SET DEFAULT " + defaultValue + ";"));
    }

    /**
     * Identity columns change in place (ADD / SET / DROP IDENTITY), and a stored generated column can stop being
     * generated (DROP EXPRESSION, PostgreSQL 13). PostgreSQL cannot make an existing column generated or change its
     * expression before version 17, so those drop the column and add it again, recomputing every value.
     */
    static List<String> alterColumnGeneration(AlterColumnGeneration change) {
        Column from = change.from();
        Column to = change.to();
        String alter = alterColumn(change.table(), to);
        if (to.generated() != null || (from.generated() != null && to.identity() != null)) {
            return List.of(dropColumn(new DropColumn(change.table(), from)).get(0), addColumn(new AddColumn(change.table(), to)).get(0));
        }
        if (from.generated() != null) {
            return List.of(alter + "DROP EXPRESSION;");
        }
        if (from.identity() == null) {
            return List.of(alter + "ADD GENERATED " + to.identity() + " AS IDENTITY;");
        }
        return List.of(alter + (to.identity() == null ? "DROP IDENTITY;" : "SET GENERATED " + to.identity() + ";"));
    }

    static List<String> addConstraint(AddConstraint change) {
        return List.of(line(CreateScript.addConstraint(change.table(), change.constraint())));
    }

    static List<String> dropConstraint(DropConstraint change) {
        return List.of(alterTable(change.table()) + "DROP CONSTRAINT " + quote(change.constraint().name()) + ";");
    }

    static List<String> replaceConstraint(ReplaceConstraint change) {
        return concat(dropConstraint(new DropConstraint(change.table(), change.from())),
                addConstraint(new AddConstraint(change.table(), change.to())));
    }

    static List<String> renameConstraint(RenameConstraint change) {
        return List.of(alterTable(change.table()) + "RENAME CONSTRAINT " + quote(change.from().name()) + " TO "
                + quote(change.to().name()) + ";");
    }

    static List<String> createIndex(CreateIndex change) {
        return List.of(line(CreateScript.createIndex(change.index())));
    }

    static List<String> dropIndex(DropIndex change) {
        return List.of("DROP INDEX " + quote(change.index().name()) + ";");
    }

    static List<String> replaceIndex(ReplaceIndex change) {
        return concat(dropIndex(new DropIndex(change.from())), createIndex(new CreateIndex(change.to())));
    }

    static List<String> renameIndex(RenameIndex change) {
        return List.of("ALTER INDEX " + quote(change.from().name()) + " RENAME TO " + quote(change.to().name()) + ";");
    }

    static List<String> createView(CreateView change) {
        View view = change.view();
        List<String> statements = new ArrayList<>(List.of(line(CreateScript.createView(view))));
        view.indexes().forEach(index -> statements.add(line(CreateScript.createIndex(index))));
        return statements;
    }

    static List<String> dropView(DropView change) {
        return List.of("DROP " + change.view().kind().toUpperCase(Locale.ROOT) + " " + quote(change.view().name()) + ";");
    }

    static List<String> replaceView(ReplaceView change) {
        return concat(dropView(new DropView(change.from())), createView(new CreateView(change.to())));
    }

    static List<String> createSequence(CreateSequence change) {
        Sequence sequence = change.sequence();
        List<String> statements = new ArrayList<>(List.of(line(CreateScript.createSequence(sequence))));
        if (sequence.ownedBy() != null) {
            statements.add(ownedBy(sequence));
        }
        return statements;
    }

    static List<String> dropSequence(DropSequence change) {
        return List.of("DROP SEQUENCE " + quote(change.sequence().name()) + ";");
    }

    /** The options when they differ (ALTER SEQUENCE takes CREATE SEQUENCE's), and the owning column when it does. */
    static List<String> alterSequence(AlterSequence change) {
        Sequence from = change.from();
        Sequence to = change.to();
        List<String> statements = new ArrayList<>();
        if (!from.options().equals(to.options())) {
            statements.add("ALTER SEQUENCE " + quote(to.name()) + " " + to.options() + ";");
        }
        if (!Objects.equals(from.ownedBy(), to.ownedBy())) {
            statements.add(ownedBy(to));
        }
        return statements;
    }

    private static String ownedBy(Sequence sequence) {
        String owner = sequence.ownedBy();
        if (owner == null) {
            return "ALTER SEQUENCE " + quote(sequence.name()) + " OWNED BY NONE;";
        }
        int dot = owner.indexOf('.');
        return "ALTER SEQUENCE " + quote(sequence.name()) + " OWNED BY " + quote(owner.substring(0, dot)) + "."
                + quote(owner.substring(dot + 1)) + ";";
    }

    private static String alterTable(String table) {
        return "ALTER TABLE " + quote(table) + " ";
    }

    private static String alterColumn(String table, Column column) {
        return alterTable(table) + "ALTER COLUMN " + quote(column.name()) + " ";
    }

    // CreateScript ends each statement with a newline, for a script; here statements are joined by the caller.
    private static String line(String statement) {
        return statement.strip();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> statements = new ArrayList<>(first);
        statements.addAll(second);
        return statements;
    }
}
