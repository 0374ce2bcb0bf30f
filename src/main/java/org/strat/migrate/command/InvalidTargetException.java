package org.strat.migrate.command;

import org.strat.errors.ErrorCategory;
import org.strat.errors.StratDbException;

/** A target argument that is not of a form the command takes. */
public final class InvalidTargetException extends StratDbException {

    public InvalidTargetException(String message) {
        super(ErrorCategory.SETTINGS, message);
    }
}
