package org.strat.db;

import org.strat.errors.ErrorCategory;
import org.strat.errors.StratDbException;

/** Connecting to the configured database failed; the message says why and what to check, without the password. */
public final class UnableToConnectException extends StratDbException {

    public UnableToConnectException(String message, Throwable cause) {
        super(ErrorCategory.CONNECTION, message, cause);
    }
}
