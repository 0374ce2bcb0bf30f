package org.strat.migrate.run;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/**
 * A revision did not complete: one of its statements failed, its bookkeeping failed, or its connection was lost.
 * The message says which statement, what PostgreSQL said, what stays applied, and what to do next.
 */
public final class RevisionFailedException extends StratDbException {

    private final String revision;
    private final int statementIndex;
    private final String databaseMessage;

    RevisionFailedException(ErrorCategory category, String revision, int statementIndex, String databaseMessage,
                            String message, Throwable cause) {
        super(category, message, cause);
        this.revision = revision;
        this.statementIndex = statementIndex;
        this.databaseMessage = databaseMessage;
    }

    public String revision() {
        return revision;
    }

    /** The failing statement's position in its section, from 0; -1 when the bookkeeping failed. */
    public int statementIndex() {
        return statementIndex;
    }

    /** PostgreSQL's own message, on one line. */
    public String databaseMessage() {
        return databaseMessage;
    }

    public static String trim(String statement) {
        String oneLine = statement.replaceAll("(?m)^\\s*--.*$", "").replaceAll("\\s+", " ").strip();
        return oneLine.length() > 120 ? oneLine.substring(0, 117) + "..." : oneLine;
    }
}
