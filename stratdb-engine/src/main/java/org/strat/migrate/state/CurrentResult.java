package org.strat.migrate.state;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.RevisionProgress;

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
 * @param interrupted runs outside a transaction that stopped part-way with statements applied; empty when not read
 */
public record CurrentResult(boolean versioned, List<String> current, List<String> heads, int pending,
                            List<String> unknown, RevisionsAhead ahead, List<RevisionProgress> interrupted) {

    public CurrentResult {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        unknown = List.copyOf(unknown);
        ahead = ahead == null ? new RevisionsAhead("", List.of(), null) : ahead;
        interrupted = interrupted == null ? List.of() : List.copyOf(interrupted);
    }

    public CurrentResult(boolean versioned, List<String> current, List<String> heads, int pending, List<String> unknown) {
        this(versioned, current, heads, pending, unknown, null, null);
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
        return new CurrentResult(versioned, current, heads, pending, unknown, ahead, null);
    }

    /**
     * The same, knowing the runs outside a transaction that stopped part-way (those that applied a statement):
     * a database recorded at head whose last revision's downgrade stopped half-way is not at head.
     */
    public CurrentResult withInterrupted(List<RevisionProgress> runs) {
        return new CurrentResult(versioned, current, heads, pending, unknown, ahead,
                runs.stream().filter(run -> run.statementsDone() > 0).toList());
    }

    /** At head, with nothing of a revision half applied or half reverted. */
    public boolean atHead() {
        return atHeadAsRecorded() && interrupted.isEmpty();
    }

    /** Every head recorded as applied and nothing else; an interrupted run may still have left one half reverted. */
    public boolean atHeadAsRecorded() {
        return pending == 0 && unknown.isEmpty() && current.equals(heads);
    }

    /** Whether the database has revisions applied that the checkout has no file for. */
    public boolean aheadOfCheckout() {
        return !ahead.isEmpty();
    }
}
