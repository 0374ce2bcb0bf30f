package org.strat.migrate.command;

/** A bookkeeping query failed in a way no revision caused (permissions, a dropped connection). */
public final class DatabaseAccessException extends RuntimeException {

    public DatabaseAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
