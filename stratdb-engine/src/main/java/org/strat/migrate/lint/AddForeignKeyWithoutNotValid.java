package org.strat.migrate.lint;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A foreign key added to an existing table without {@code NOT VALID}: PostgreSQL checks every row while holding
 * SHARE ROW EXCLUSIVE locks on both tables, which block their writes. With NOT VALID the constraint only applies
 * to new rows and needs no scan; {@code VALIDATE CONSTRAINT} later checks the old rows under a lock that lets
 * writes go on (ALTER TABLE, Notes). A {@code REFERENCES} clause on an added column counts too: it cannot be
 * NOT VALID.
 */
final class AddForeignKeyWithoutNotValid implements LintRule {

    private static final Pattern ADD_FOREIGN_KEY = Pattern.compile("^add (?:constraint (" + SqlNames.IDENTIFIER
            + ") )?foreign key\\b.*?\\breferences (" + SqlNames.QUALIFIED + ").*$");
    private static final Pattern NOT_VALID = Pattern.compile("\\bnot valid$");

    @Override
    public String id() {
        return "add-foreign-key-without-not-valid";
    }

    @Override
    public Optional<Violation> check(LintStatement statement, LintContext context) {
        return AlterTable.ofExistingTable(statement, context).flatMap(alter -> {
            for (String action : alter.actions()) {
                Matcher matcher = ADD_FOREIGN_KEY.matcher(action);
                if (matcher.matches() && !NOT_VALID.matcher(action).find()) {
                    return Optional.of(violation(alter.table(), Relation.parse(matcher.group(2)),
                            "add it NOT VALID (no scan), then ALTER TABLE " + alter.table()
                                    + " VALIDATE CONSTRAINT ... in a later revision"));
                }
                Optional<ColumnDefinition> column = ColumnDefinition.ofAction(action);
                Optional<Relation> referenced = column.flatMap(ColumnDefinition::references);
                if (referenced.isPresent()) {
                    return Optional.of(violation(alter.table(), referenced.get(), "add the column without REFERENCES,"
                            + " then ADD CONSTRAINT ... FOREIGN KEY (" + Relation.quote(column.get().column()) + ") ... NOT VALID,"
                            + " and VALIDATE it in a later revision"));
                }
            }
            return Optional.empty();
        });
    }

    private static Violation violation(Relation table, Relation referenced, String fix) {
        return new Violation("a foreign key added to the existing table " + table + " checks every row while blocking"
                + " writes to " + table + " and " + referenced,
                fix);
    }
}
