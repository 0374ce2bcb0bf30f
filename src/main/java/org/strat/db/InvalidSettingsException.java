package org.strat.db;

import org.strat.errors.ErrorCategory;
import org.strat.errors.StratDbException;

/** A database setting that cannot be used: the message names the setting and the fix, never a password. */
public final class InvalidSettingsException extends StratDbException {

    public InvalidSettingsException(String message) {
        super(ErrorCategory.SETTINGS, message);
    }
}
