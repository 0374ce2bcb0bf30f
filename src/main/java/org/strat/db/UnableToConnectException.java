package org.strat.db;

/** Connecting to the configured database failed; the message says why and what to check, without the password. */
public final class UnableToConnectException extends RuntimeException {

    public UnableToConnectException(String message, Throwable cause) {
        super(message, cause);
    }
}
