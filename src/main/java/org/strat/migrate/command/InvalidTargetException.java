package org.strat.migrate.command;

/** A target argument that is not of a form the command takes. */
public final class InvalidTargetException extends RuntimeException {

    public InvalidTargetException(String message) {
        super(message);
    }
}
