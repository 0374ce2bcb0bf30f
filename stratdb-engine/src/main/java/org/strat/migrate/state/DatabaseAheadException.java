package org.strat.migrate.state;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** The database has revisions applied that no revision file describes; the message is {@link RevisionsAhead#describe()}. */
public final class DatabaseAheadException extends StratDbException {

    private final transient RevisionsAhead ahead;

    public DatabaseAheadException(RevisionsAhead ahead) {
        super(ErrorCategory.REFUSED, ahead.describe());
        this.ahead = ahead;
    }

    public RevisionsAhead ahead() {
        return ahead;
    }
}
