package org.strat.migrate.run;

import java.util.List;

/** What an upgrade did: the database's current revisions before and after, and each revision applied. */
public record UpgradeResult(List<String> from, List<String> to, List<RevisionStep> applied) {

    public UpgradeResult {
        from = List.copyOf(from);
        to = List.copyOf(to);
        applied = List.copyOf(applied);
    }
}
