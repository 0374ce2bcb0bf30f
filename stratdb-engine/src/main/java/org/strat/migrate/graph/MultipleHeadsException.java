package org.strat.migrate.graph;

import org.strat.migrate.errors.ErrorCategory;

import java.util.List;
import java.util.stream.Collectors;

/** The graph has more than one head where the command needs exactly one. */
public final class MultipleHeadsException extends RevisionGraphException {

    private final List<Revision> heads;

    public MultipleHeadsException(List<Revision> heads, String argument) {
        super(ErrorCategory.REFUSED, "Multiple heads: " + heads.stream().map(Revision::label).collect(Collectors.joining(" and "))
                + ". Run \"stratdb merge " + heads.stream().map(Revision::id).collect(Collectors.joining(" "))
                + " -m <message>\" to join them, or name one: \"stratdb upgrade " + heads.get(0).id() + "\""
                + (argument == null ? "" : " instead of \"" + argument + "\"") + ".");
        this.heads = List.copyOf(heads);
    }

    public List<Revision> heads() {
        return heads;
    }
}
