package org.strat.migrate.connect;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** Connecting to the configured database failed; the message says why and what to check, without the password. */
public final class UnableToConnectException extends StratDbException {

    public UnableToConnectException(String message, Throwable cause) {
        super(ErrorCategory.CONNECTION, message, cause);
    }
}
