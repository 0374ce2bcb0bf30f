package org.strat.migrate.graph;

import org.strat.migrate.errors.ErrorCategory;

/** Two files claim one id, or a down_revision names a revision that does not exist. */
public final class BrokenRevisionGraphException extends RevisionGraphException {

    public BrokenRevisionGraphException(String message) {
        super(ErrorCategory.REFUSED, message);
    }

    static BrokenRevisionGraphException duplicateId(Revision first, Revision second) {
        return new BrokenRevisionGraphException("Duplicate revision id \"" + first.id() + "\" in " + first.fileName()
                + " and " + second.fileName() + ". Give one of them a new id (and fix whatever names it as down_revision).");
    }

    static BrokenRevisionGraphException missingParent(Revision child, String parent) {
        return new BrokenRevisionGraphException("Revision " + child.label() + " has down_revision \"" + parent
                + "\", which no revision file has. Restore that file or fix the down_revision header.");
    }
}
