package org.strat.migrate.run;

/** One revision applied or removed by a command, with the time its SQL and bookkeeping took. */
public record RevisionStep(String revision, String message, String fileName, long durationMs) {
}
