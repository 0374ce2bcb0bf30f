package org.strat.migrate.state;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.AppliedRevision;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.session.ReadOnlySession;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * List every revision in order, applied or pending, with when, by whom and how long it took.
 *
 * <p>Revisions the database applied that no file describes (a database ahead of the checkout) are listed too, in
 * their place when the database stored their text, at the end when it did not; the current revisions are then
 * read from that whole picture, so a revision with one of them applied on top is not called current.
 */
public final class History {

    private final MigrationContext context;

    public History(MigrationContext context) {
        this.context = context;
    }

    public HistoryResult run() {
        RevisionGraph files = context.graph();
        return ReadOnlySession.run(context, "history", (connection, history) -> {
            DatabaseState recorded = new DatabaseState(files, history.applied());
            RevisionsAhead ahead = recorded.ahead(context.source().describe());
            boolean placeable = ahead.revisions().stream().allMatch(AheadRevision::hasText);
            RevisionGraph graph = placeable && !ahead.isEmpty() ? ahead.extend(files) : files;
            DatabaseState state = new DatabaseState(graph, recorded.applied());
            Set<String> heads = files.heads().stream().map(Revision::id).collect(Collectors.toSet());
            // Without the stored text of a revision ahead, what it builds on is unknown: nothing is called current.
            Set<String> current = placeable ? Set.copyOf(state.currentIds()) : Set.of();
            List<HistoryEntry> entries = new ArrayList<>();
            for (Revision revision : graph.topologicalOrder()) {
                entries.add(files.contains(revision.id())
                        ? fromFile(revision, state.applied().get(revision.id()), heads, current)
                        : ahead(aheadRevision(ahead, revision.id()), current.contains(revision.id())));
            }
            if (!placeable) {
                ahead.revisions().forEach(revision -> entries.add(ahead(revision, false)));
            }
            return new HistoryResult(entries, ahead.ids(), ahead);
        });
    }

    private HistoryEntry fromFile(Revision revision, AppliedRevision applied, Set<String> heads, Set<String> current) {
        RevisionFile file = context.file(revision.id());
        return new HistoryEntry(revision.id(), revision.downRevisions(), revision.message(), file.date(),
                file.fileName(), heads.contains(revision.id()), current.contains(revision.id()), applied != null,
                applied == null ? null : applied.appliedAt(), applied == null ? null : applied.appliedBy(),
                applied == null ? null : applied.durationMs(), true);
    }

    private static HistoryEntry ahead(AheadRevision revision, boolean current) {
        return new HistoryEntry(revision.revision(), revision.downRevisions() == null ? List.of() : revision.downRevisions(),
                revision.message(), revision.date(), revision.fileName(), false, current, true, revision.appliedAt(),
                revision.appliedBy(), revision.durationMs(), false);
    }

    private static AheadRevision aheadRevision(RevisionsAhead ahead, String id) {
        return ahead.revisions().stream().filter(revision -> revision.revision().equals(id)).findFirst().orElseThrow();
    }
}
