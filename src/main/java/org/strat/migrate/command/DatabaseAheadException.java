package org.strat.migrate.command;

/** The database has revisions applied that no revision file describes; the message is {@link RevisionsAhead#describe()}. */
public final class DatabaseAheadException extends RuntimeException {

    private final transient RevisionsAhead ahead;

    public DatabaseAheadException(RevisionsAhead ahead) {
        super(ahead.describe());
        this.ahead = ahead;
    }

    public RevisionsAhead ahead() {
        return ahead;
    }
}
