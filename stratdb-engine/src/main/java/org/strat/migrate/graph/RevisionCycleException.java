package org.strat.migrate.graph;

import org.strat.migrate.errors.ErrorCategory;

import java.util.List;
import java.util.stream.Collectors;

/** The down_revision links loop back on themselves. */
public final class RevisionCycleException extends RevisionGraphException {

    private final List<Revision> revisions;

    public RevisionCycleException(List<Revision> revisions) {
        super(ErrorCategory.REFUSED, "The down_revision links form a cycle through " + revisions.stream().map(Revision::label)
                .collect(Collectors.joining(", ")) + ". Fix the down_revision header of one of these files.");
        this.revisions = List.copyOf(revisions);
    }

    public List<Revision> revisions() {
        return revisions;
    }
}
