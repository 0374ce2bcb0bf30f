package org.strat.migrate.graph;

import org.strat.migrate.errors.ErrorCategory;

/** A relative or explicit target lies outside the walk the command can make (e.g. below base). */
public final class NotAnAncestorException extends RevisionGraphException {

    public NotAnAncestorException(String message) {
        super(ErrorCategory.REFUSED, message);
    }
}
