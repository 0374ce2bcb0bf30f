package org.strat.migrate.revision;

import org.strat.errors.ErrorCategory;
import org.strat.errors.StratDbException;

/** The revision files cannot be found or read. */
public final class RevisionSourceException extends StratDbException {

    public RevisionSourceException(String message) {
        super(ErrorCategory.SETTINGS, message);
    }
}
