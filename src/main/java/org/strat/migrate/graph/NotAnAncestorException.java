package org.strat.migrate.graph;

/** A relative or explicit target lies outside the walk the command can make (e.g. below base). */
public final class NotAnAncestorException extends RevisionGraphException {

    public NotAnAncestorException(String message) {
        super(message);
    }
}
