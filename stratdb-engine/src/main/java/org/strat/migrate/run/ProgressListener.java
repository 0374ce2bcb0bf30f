package org.strat.migrate.run;

/** Hears about each revision as soon as it is committed, so that a CLI can print while a long upgrade runs. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = step -> { };

    /** Called once under the lock, before the first statement, with the revisions about to run in order. */
    default void planned(java.util.List<org.strat.migrate.graph.Revision> path) {
    }

    void completed(RevisionStep step);

    /**
     * Called under the lock, before the first statement, with one line the user should read about how a revision
     * is about to run (e.g. a downgrade taken from the text the database applied rather than from the file).
     */
    default void notice(String line) {
    }

    /** A listener that hears the plan too. */
    static ProgressListener of(java.util.function.Consumer<java.util.List<org.strat.migrate.graph.Revision>> planned,
                               java.util.function.Consumer<RevisionStep> completed) {
        return new ProgressListener() {
            @Override
            public void planned(java.util.List<org.strat.migrate.graph.Revision> path) {
                planned.accept(path);
            }

            @Override
            public void completed(RevisionStep step) {
                completed.accept(step);
            }
        };
    }
}
