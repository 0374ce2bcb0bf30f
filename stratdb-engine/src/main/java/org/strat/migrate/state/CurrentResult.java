package org.strat.migrate.state;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the database stands: its current revisions (several after applying a branch without its merge), the
 * heads of the revision files, and how many revisions are pending.
 *
 * @param versioned false when stratdb has never written to this database (no bookkeeping tables)
 * @param unknown applied revisions that no revision file describes
 * @param ahead those revisions with what the database stored about them; empty when there are none
 */
public record CurrentResult(boolean versioned, List<String> current, List<String> heads, int pending,
                            List<String> unknown, RevisionsAhead ahead) {

    public CurrentResult {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        unknown = List.copyOf(unknown);
        ahead = ahead == null ? new RevisionsAhead("", List.of(), null) : ahead;
    }

    public CurrentResult(boolean versioned, List<String> current, List<String> heads, int pending, List<String> unknown) {
        this(versioned, current, heads, pending, unknown, null);
    }

    /**
     * Where a database with {@code applied} recorded stands against {@code graph}: the one place this is worked out
     * (current, check and autogenerate, and the application's start-up check all ask here).
     *
     * @param ahead what the database stored about the applied revisions no file describes; null when not read
     */
    public static CurrentResult of(RevisionGraph graph, Set<String> applied, boolean versioned, RevisionsAhead ahead) {
        Set<String> known = applied.stream().filter(graph::contains).collect(Collectors.toSet());
        List<String> unknown = ahead != null ? ahead.ids() : applied.stream().filter(id -> !graph.contains(id)).sorted().toList();
        List<String> current = graph.headsOf(known).stream().map(Revision::id).toList();
        List<String> heads = graph.heads().stream().map(Revision::id).toList();
        int pending = graph.upgradePath(known, heads).size();
        return new CurrentResult(versioned, current, heads, pending, unknown, ahead);
    }

    public boolean atHead() {
        return pending == 0 && unknown.isEmpty() && current.equals(heads);
    }

    /** Whether the database has revisions applied that the checkout has no file for. */
    public boolean aheadOfCheckout() {
        return !ahead.isEmpty();
    }
}
