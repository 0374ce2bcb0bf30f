package org.strat.db;

/** A database setting that cannot be used: the message names the setting and the fix, never a password. */
public final class InvalidSettingsException extends RuntimeException {

    public InvalidSettingsException(String message) {
        super(message);
    }
}
