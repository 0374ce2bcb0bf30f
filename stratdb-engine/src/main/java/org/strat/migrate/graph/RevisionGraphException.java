package org.strat.migrate.graph;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** A revision graph that cannot be used as it is, or an argument that does not name a usable revision. */
public abstract class RevisionGraphException extends StratDbException {

    protected RevisionGraphException(ErrorCategory category, String message) {
        super(category, message);
    }
}
