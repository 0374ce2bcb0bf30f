package org.strat.migrate.command;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.AppliedRevision;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The applied revisions of a database read against the revision graph: what is current, what is pending. */
record DatabaseState(RevisionGraph graph, Map<String, AppliedRevision> applied) {

    /** Refuses a database that has revisions applied that no file describes (an older checkout, a deleted file). */
    DatabaseState requireKnownRevisions(String sourceDescription) {
        List<String> unknown = applied.keySet().stream().filter(id -> !graph.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new MigrationRefusedException("The database has revision(s) " + String.join(", ", unknown)
                    + " applied, but no file in " + sourceDescription + " has that id. Update your checkout"
                    + " (or restore the file) before migrating this database.");
        }
        return this;
    }

    /**
     * Refuses to go on when a file of an applied revision changed since it was applied: the database holds what
     * the old text did, so neither re-running nor reverting the new text can be trusted.
     */
    DatabaseState requireUnchangedFiles(MigrationContext context) {
        List<String> edited = applied.values().stream()
                .filter(row -> graph.contains(row.revision()))
                .filter(row -> !row.checksum().equals(context.file(row.revision()).checksum()))
                .map(row -> graph.get(row.revision()).label() + ": recorded " + row.checksum().substring(0, 12)
                        + "…, file now " + context.file(row.revision()).checksum().substring(0, 12) + "…")
                .toList();
        if (!edited.isEmpty()) {
            throw new EditedRevisionException("Applied revision file(s) were edited after they were applied; nothing was"
                    + " run. Restore the file(s) as applied (see git log), or, if the edit is deliberate and the database"
                    + " already matches it, run \"stratdb accept-edit <revision> --reason <why>\".\n  -> "
                    + String.join("\n  -> ", edited));
        }
        return this;
    }

    List<Revision> current() {
        return graph.headsOf(applied.keySet().stream().filter(graph::contains).collect(Collectors.toSet()));
    }

    List<String> currentIds() {
        return current().stream().map(Revision::id).toList();
    }

    String describeCurrent() {
        return describe(graph, applied.keySet());
    }

    /** "revision 004_stat_views" or "base (no revision applied)": where a database with these revisions stands. */
    static String describe(RevisionGraph graph, java.util.Set<String> appliedIds) {
        List<String> ids = graph.headsOf(appliedIds.stream().filter(graph::contains).collect(Collectors.toSet()))
                .stream().map(Revision::id).toList();
        return ids.isEmpty() ? "base (no revision applied)" : "revision " + String.join(" + ", ids);
    }
}
