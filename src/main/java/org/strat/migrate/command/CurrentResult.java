package org.strat.migrate.command;

import java.util.List;

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

    public boolean atHead() {
        return pending == 0 && unknown.isEmpty() && current.equals(heads);
    }

    /** Whether the database has revisions applied that the checkout has no file for. */
    public boolean aheadOfCheckout() {
        return !ahead.isEmpty();
    }
}
