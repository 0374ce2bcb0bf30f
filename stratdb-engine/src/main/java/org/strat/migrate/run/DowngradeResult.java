package org.strat.migrate.run;

import java.util.List;

/** What a downgrade did: the current revisions before and after, and each revision removed, newest first. */
public record DowngradeResult(List<String> from, List<String> to, List<RevisionStep> removed) {

    public DowngradeResult {
        from = List.copyOf(from);
        to = List.copyOf(to);
        removed = List.copyOf(removed);
    }
}
