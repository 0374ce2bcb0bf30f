package org.strat.migrate.state;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.AppliedRevision;
import org.strat.migrate.session.MigrationContext;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The applied revisions of a database read against the revision graph: what is current, what is pending. */
public record DatabaseState(RevisionGraph graph, Map<String, AppliedRevision> applied) {

    /** Refuses a database that has revisions applied that no file describes (another branch, a deleted file). */
    public DatabaseState requireKnownRevisions(String sourceDescription) {
        RevisionsAhead ahead = ahead(sourceDescription);
        if (!ahead.isEmpty()) {
            throw new DatabaseAheadException(ahead);
        }
        return this;
    }

    /** The applied revisions no file describes, with what their stored texts say. */
    public RevisionsAhead ahead(String sourceDescription) {
        return RevisionsAhead.of(graph, applied, sourceDescription);
    }

    /**
     * Refuses to go on when a file of an applied revision changed since it was applied: the database holds what
     * the old text did, so the new text can be neither re-run nor reverted on trust. The refusal shows what changed
     * and the ways forward.
     */
    public DatabaseState requireUnchangedFiles(MigrationContext context) {
        List<AppliedRevision> edited = EditedFiles.of(graph, applied, context::file);
        if (!edited.isEmpty()) {
            throw EditedFiles.refusal(graph, applied.keySet(), edited, context::file);
        }
        return this;
    }

    List<Revision> current() {
        return graph.headsOf(applied.keySet().stream().filter(graph::contains).collect(Collectors.toSet()));
    }

    public List<String> currentIds() {
        return current().stream().map(Revision::id).toList();
    }

    public String describeCurrent() {
        return describe(graph, applied.keySet());
    }

    /** "revision 004_stat_views" or "base (no revision applied)": where a database with these revisions stands. */
    public static String describe(RevisionGraph graph, java.util.Set<String> appliedIds) {
        List<String> ids = graph.headsOf(appliedIds.stream().filter(graph::contains).collect(Collectors.toSet()))
                .stream().map(Revision::id).toList();
        return ids.isEmpty() ? "base (no revision applied)" : "revision " + String.join(" + ", ids);
    }
}
