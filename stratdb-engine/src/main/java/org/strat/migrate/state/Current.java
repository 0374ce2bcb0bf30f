package org.strat.migrate.state;

import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.session.ReadOnlySession;

/** Show the current revision of the database, and whether it is at head. */
public final class Current {

    private final MigrationContext context;

    public Current(MigrationContext context) {
        this.context = context;
    }

    public CurrentResult run() {
        RevisionGraph graph = context.graph();
        return ReadOnlySession.run(context, "current", (connection, history) -> {
            DatabaseState state = new DatabaseState(graph, history.applied());
            return CurrentResult.of(graph, state.applied().keySet(), history.exists(), state.ahead(context.source().describe()))
                    .withInterrupted(history.progress());
        });
    }
}
