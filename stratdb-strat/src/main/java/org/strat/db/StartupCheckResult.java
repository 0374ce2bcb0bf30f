package org.strat.db;

import java.util.List;

/**
 * What one run of the {@link StartupCheck} found: where the database stands against the packaged revisions and,
 * when it is at head, every way its schema fails the models.
 *
 * @param current    the database's current revisions (the heads of its applied ones); empty at base
 * @param heads      the heads of the packaged revisions, the revisions the application is built for
 * @param unknown    applied revisions that no packaged revision file describes (a newer build migrated it)
 * @param pending    packaged revisions not applied yet
 * @param mismatches looked for only at head: below it the schema is expected to differ
 * @param unrecordedTables whether, with no revision recorded, the models' tables exist already: the database was
 *                         built without stratdb (create_all, Alembic) and is adopted, not upgraded
 */
public record StartupCheckResult(List<String> current, List<String> heads, List<String> unknown, int pending,
                                 List<SchemaMismatch> mismatches, boolean unrecordedTables) {

    public StartupCheckResult {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        unknown = List.copyOf(unknown);
        mismatches = List.copyOf(mismatches);
    }

    public StartupCheckResult(List<String> current, List<String> heads, List<String> unknown, int pending,
                              List<SchemaMismatch> mismatches) {
        this(current, heads, unknown, pending, mismatches, false);
    }

    public boolean atHead() {
        return pending == 0 && unknown.isEmpty() && current.equals(heads);
    }

    public boolean ready() {
        return atHead() && mismatches.isEmpty();
    }

    /**
     * Throws unless the application may start, with one line that says why and which command to run.
     *
     * @param database the database as it may be printed (a URL without its password)
     * @throws SchemaNotReadyException when the schema is not at head or does not match the models
     */
    public void requireReady(String database) {
        if (!atHead()) {
            throw new SchemaNotReadyException("The database at " + database + " is at " + describeCurrent()
                    + ", the application expects " + String.join(" + ", heads) + " (head)." + describeRemedy(), null);
        }
        if (!mismatches.isEmpty()) {
            throw new SchemaNotReadyException("The schema at " + database + " is at head but does not match the"
                    + " models: " + String.join("; ", mismatches.stream().map(SchemaMismatch::describe).toList())
                    + ". Run \"stratdb check\" to list the differences, then write a revision that closes them.", null);
        }
    }

    private String describeCurrent() {
        return current.isEmpty() ? "base (no revision applied)" : String.join(" + ", current);
    }

    private String describeRemedy() {
        if (current.isEmpty() && unrecordedTables) {
            return " Its tables exist, but stratdb has no revision recorded: it was built without stratdb (create_all"
                    + " or Alembic), and \"stratdb upgrade head\" would fail on them. Run \"stratdb adopt\" (preview it"
                    + " with \"stratdb adopt --sql\"), then \"stratdb upgrade head\", and start again.";
        }
        if (unknown.isEmpty() && heads.size() > 1) {
            // upgrade head refuses several heads: the build itself needs a merge revision first.
            return " This build has several heads: join them with \"stratdb merge " + String.join(" ", heads)
                    + " -m <message>\", rebuild, then run \"stratdb upgrade head\".";
        }
        if (unknown.isEmpty()) {
            return " Run \"stratdb upgrade head\" and start again.";
        }
        return " It also has revision(s) " + String.join(", ", unknown) + " that this build does not know:"
                + " deploy the newer build.";
    }
}
