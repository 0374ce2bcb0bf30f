package org.strat.migrate.command;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.AppliedRevision;
import org.strat.migrate.revision.RevisionFile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** List every revision in order, applied or pending, with when, by whom and how long it took. */
public final class History {

    private final MigrationContext context;

    public History(MigrationContext context) {
        this.context = context;
    }

    public HistoryResult run() {
        RevisionGraph graph = context.graph();
        return ReadOnlySession.run(context, "history", (connection, history) -> {
            DatabaseState state = new DatabaseState(graph, history.applied());
            Set<String> heads = graph.heads().stream().map(Revision::id).collect(Collectors.toSet());
            Set<String> current = Set.copyOf(state.currentIds());
            List<HistoryEntry> entries = graph.topologicalOrder().stream().map(revision -> {
                RevisionFile file = context.file(revision.id());
                AppliedRevision applied = state.applied().get(revision.id());
                return new HistoryEntry(revision.id(), revision.downRevisions(), revision.message(), file.date(),
                        file.fileName(), heads.contains(revision.id()), current.contains(revision.id()), applied != null,
                        applied == null ? null : applied.appliedAt(), applied == null ? null : applied.appliedBy(),
                        applied == null ? null : applied.durationMs());
            }).toList();
            List<String> unknown = state.applied().keySet().stream().filter(id -> !graph.contains(id)).toList();
            return new HistoryResult(entries, unknown);
        });
    }
}
