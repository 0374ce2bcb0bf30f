package org.strat.stats.sample;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** Sample data could not be written; the message says why and what to do. */
public final class SampleDataException extends StratDbException {

    public SampleDataException(String message, Throwable cause) {
        super(ErrorCategory.REFUSED, message, cause);
    }
}
