package org.strat.migrate.command;

import org.strat.errors.ErrorCategory;
import org.strat.errors.StratDbException;

/** A statement of a revision failed; its transaction was rolled back, so the database is where it was before it. */
public final class RevisionFailedException extends StratDbException {

    private final String revision;
    private final String statement;

    public RevisionFailedException(String revisionLabel, String direction, String revision, String statement,
                                   String databaseMessage, String stillAt, Throwable cause) {
        super(ErrorCategory.REVISION_FAILED, direction + " of revision " + revisionLabel + " failed at: " + trim(statement) + " -> " + databaseMessage
                + ". Nothing of that revision was kept; the database is at " + stillAt
                + ". Fix the revision file and run the command again.", cause);
        this.revision = revision;
        this.statement = statement;
    }

    public String revision() {
        return revision;
    }

    public String statement() {
        return statement;
    }

    static String trim(String statement) {
        String oneLine = statement.replaceAll("(?m)^\\s*--.*$", "").replaceAll("\\s+", " ").strip();
        return oneLine.length() > 120 ? oneLine.substring(0, 117) + "..." : oneLine;
    }
}
