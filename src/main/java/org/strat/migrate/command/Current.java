package org.strat.migrate.command;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;

import java.util.List;

/** Show the current revision of the database, and whether it is at head. */
public final class Current {

    private final MigrationContext context;

    public Current(MigrationContext context) {
        this.context = context;
    }

    public CurrentResult run() {
        RevisionGraph graph = context.graph();
        return ReadOnlySession.run(context, "current", (connection, history) -> {
            boolean versioned = history.exists();
            DatabaseState state = new DatabaseState(graph, history.applied());
            RevisionsAhead ahead = state.ahead(context.source().describe());
            List<String> heads = graph.heads().stream().map(Revision::id).toList();
            int pending = graph.upgradePath(state.applied().keySet(), heads).size();
            return new CurrentResult(versioned, state.currentIds(), heads, pending, ahead.ids(), ahead);
        });
    }
}
