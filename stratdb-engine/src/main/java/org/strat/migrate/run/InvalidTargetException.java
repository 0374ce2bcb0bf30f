package org.strat.migrate.run;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** A target argument that is not of a form the command takes. */
public final class InvalidTargetException extends StratDbException {

    public InvalidTargetException(String message) {
        super(ErrorCategory.SETTINGS, message);
    }
}
