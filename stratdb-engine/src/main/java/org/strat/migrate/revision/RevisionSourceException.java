package org.strat.migrate.revision;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** The revision files cannot be found or read. */
public final class RevisionSourceException extends StratDbException {

    public RevisionSourceException(String message) {
        super(ErrorCategory.SETTINGS, message);
    }
}
