package org.strat.migrate.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rules may know when they look at a statement: whether the revision runs in one transaction, the
 * tables and materialized views it created before the statement (new, so empty and unused: nothing to lock),
 * the constraints it added NOT VALID, and the {@code CHECK (column IS NOT NULL)} constraints that this revision
 * and its ancestors declared.
 *
 * <p>Immutable: {@link #after} returns the context for the next statement.
 */
final class LintContext {

    /** A {@code CHECK (column IS NOT NULL)} constraint; {@code name} is null when the statement named none. */
    record NotNullCheck(Relation table, String name, String column, boolean validated) {
    }

    private record Constraint(Relation table, String name) {
    }

    private static final Pattern CREATE = Pattern.compile("^create (?:(?:global|local) )?(?:(?:temp|temporary|unlogged) )?"
            + "(?:table|materialized view) (?:if not exists )?(" + SqlNames.QUALIFIED + ")");
    private static final Pattern RENAME_TO = Pattern.compile("^rename to (" + SqlNames.IDENTIFIER + ")$");
    private static final Pattern NOT_NULL_CHECK = Pattern.compile("^add (?:constraint (" + SqlNames.IDENTIFIER + ") )?check ?\\( ?\\(? ?("
            + SqlNames.IDENTIFIER + ") is not null ?\\)? ?\\)( not valid)?$");
    private static final Pattern NOT_VALID = Pattern.compile("^add constraint (" + SqlNames.IDENTIFIER + ") .*\\bnot valid$");
    private static final Pattern VALIDATE = Pattern.compile("^validate constraint (" + SqlNames.IDENTIFIER + ")$");
    private static final Pattern DROP_CONSTRAINT = Pattern.compile("^drop constraint (?:if exists )?(" + SqlNames.IDENTIFIER + ")\\b.*$");

    private final boolean transactional;
    private final List<Relation> created;
    private final List<Constraint> notValid;
    private final List<NotNullCheck> notNullChecks;

    private LintContext(boolean transactional, List<Relation> created, List<Constraint> notValid,
                        List<NotNullCheck> notNullChecks) {
        this.transactional = transactional;
        this.created = List.copyOf(created);
        this.notValid = List.copyOf(notValid);
        this.notNullChecks = List.copyOf(notNullChecks);
    }

    /** The context of a revision's first statement, given the NOT NULL checks its ancestors left. */
    static LintContext start(boolean transactional, Collection<NotNullCheck> inherited) {
        return new LintContext(transactional, List.of(), List.of(), List.copyOf(inherited));
    }

    boolean transactional() {
        return transactional;
    }

    /** Whether this revision created the table before this statement (tables of earlier revisions may be busy). */
    boolean isNew(Relation table) {
        return created.stream().anyMatch(table::sameAs);
    }

    boolean hasValidatedNotNullCheck(Relation table, String column) {
        return notNullChecks.stream().anyMatch(check -> check.validated() && check.table().sameAs(table)
                && check.column().equals(column));
    }

    /** Whether an earlier statement of this revision added the named constraint NOT VALID. */
    boolean addedNotValidInThisRevision(Relation table, String constraint) {
        return notValid.stream().anyMatch(added -> added.table().sameAs(table) && added.name().equals(constraint));
    }

    List<NotNullCheck> notNullChecks() {
        return notNullChecks;
    }

    /** The context for the statement after this one. */
    LintContext after(LintStatement statement) {
        List<Relation> nextCreated = new ArrayList<>(created);
        List<Constraint> nextNotValid = new ArrayList<>(notValid);
        List<NotNullCheck> nextChecks = new ArrayList<>(notNullChecks);
        Matcher create = CREATE.matcher(statement.code());
        if (create.find()) {
            nextCreated.add(Relation.parse(create.group(1)));
        }
        Optional<AlterTable> alter = AlterTable.of(statement);
        if (alter.isPresent()) {
            Relation table = alter.get().table();
            for (String action : alter.get().actions()) {
                track(table, action, nextCreated, nextNotValid, nextChecks);
            }
        }
        return new LintContext(transactional, nextCreated, nextNotValid, nextChecks);
    }

    private void track(Relation table, String action, List<Relation> nextCreated, List<Constraint> nextNotValid,
                       List<NotNullCheck> nextChecks) {
        Matcher matcher;
        if ((matcher = RENAME_TO.matcher(action)).matches() && isNew(table)) {
            nextCreated.add(new Relation(table.schema(), SqlNames.unquote(matcher.group(1))));
        }
        if ((matcher = NOT_NULL_CHECK.matcher(action)).matches()) {
            String name = matcher.group(1) == null ? null : SqlNames.unquote(matcher.group(1));
            nextChecks.add(new NotNullCheck(table, name, SqlNames.unquote(matcher.group(2)), matcher.group(3) == null));
        }
        if ((matcher = NOT_VALID.matcher(action)).matches()) {
            nextNotValid.add(new Constraint(table, SqlNames.unquote(matcher.group(1))));
        }
        if ((matcher = VALIDATE.matcher(action)).matches()) {
            String name = SqlNames.unquote(matcher.group(1));
            nextChecks.replaceAll(check -> named(check, table, name)
                    ? new NotNullCheck(check.table(), check.name(), check.column(), true) : check);
        }
        if ((matcher = DROP_CONSTRAINT.matcher(action)).matches()) {
            String name = SqlNames.unquote(matcher.group(1));
            nextChecks.removeIf(check -> named(check, table, name));
        }
    }

    private static boolean named(NotNullCheck check, Relation table, String name) {
        return name.equals(check.name()) && check.table().sameAs(table);
    }
}
