package org.strat.migrate.command;

import java.util.List;

/**
 * Where the database stands: its current revisions (several after applying a branch without its merge), the
 * heads of the revision files, and how many revisions are pending.
 *
 * @param versioned false when stratdb has never written to this database (no bookkeeping tables)
 * @param unknown applied revisions that no revision file describes
 */
public record CurrentResult(boolean versioned, List<String> current, List<String> heads, int pending,
                            List<String> unknown) {

    public CurrentResult {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        unknown = List.copyOf(unknown);
    }

    public boolean atHead() {
        return pending == 0 && unknown.isEmpty() && current.equals(heads);
    }
}
