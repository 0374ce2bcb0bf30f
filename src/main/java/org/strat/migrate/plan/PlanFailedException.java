package org.strat.migrate.plan;

/** A plan could not be measured (no scratch database, a statement the copy cannot run); nothing live was changed. */
public final class PlanFailedException extends RuntimeException {

    public PlanFailedException(String message) {
        super(message);
    }

    public PlanFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
