package org.strat.migrate.connect;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** A database setting that cannot be used: the message names the setting and the fix, never a password. */
public final class InvalidSettingsException extends StratDbException {

    public InvalidSettingsException(String message) {
        super(ErrorCategory.SETTINGS, message);
    }
}
