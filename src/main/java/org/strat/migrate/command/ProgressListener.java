package org.strat.migrate.command;

/** Hears about each revision as soon as it is committed, so that a CLI can print while a long upgrade runs. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = step -> { };

    void completed(RevisionStep step);
}
