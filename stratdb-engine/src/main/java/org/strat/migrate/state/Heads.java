package org.strat.migrate.state;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.session.MigrationContext;

import java.util.List;

/** Show the head revisions of the revision files (more than one means a merge is needed); reads no database. */
public final class Heads {

    private final MigrationContext context;

    public Heads(MigrationContext context) {
        this.context = context;
    }

    public HeadsResult run() {
        return new HeadsResult(context.graph().heads());
    }

    /** The heads, in topological order. */
    public record HeadsResult(List<Revision> heads) {

        public HeadsResult {
            heads = List.copyOf(heads);
        }
    }
}
