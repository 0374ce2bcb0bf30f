package org.strat.migrate.graph;

import org.strat.migrate.errors.ErrorCategory;

import java.util.List;

/** An argument names no revision, or its prefix fits more than one. */
public final class UnknownRevisionException extends RevisionGraphException {

    private final String argument;

    public UnknownRevisionException(String argument, List<String> candidates) {
        super(ErrorCategory.SETTINGS, candidates.isEmpty()
                ? "Unknown revision \"" + argument + "\". Run \"stratdb history\" to list the revisions."
                : "Ambiguous revision \"" + argument + "\": it is a prefix of " + String.join(", ", candidates)
                        + ". Give more characters of the id.");
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
