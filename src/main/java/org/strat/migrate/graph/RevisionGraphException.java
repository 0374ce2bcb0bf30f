package org.strat.migrate.graph;

/** A revision graph that cannot be used as it is, or an argument that does not name a usable revision. */
public abstract class RevisionGraphException extends RuntimeException {

    protected RevisionGraphException(String message) {
        super(message);
    }
}
