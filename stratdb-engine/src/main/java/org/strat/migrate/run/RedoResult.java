package org.strat.migrate.run;

/** What a redo did: the revision undone (with the downgrade it was applied with) and applied again from its file. */
public record RedoResult(String revision, RevisionStep reverted, RevisionStep applied) {
}
