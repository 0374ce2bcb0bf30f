package org.strat.migrate.command;

import org.strat.errors.ErrorCategory;
import org.strat.errors.StratDbException;

/** An applied revision's file no longer has the checksum recorded when it was applied. */
public final class EditedRevisionException extends StratDbException {

    public EditedRevisionException(String message) {
        super(ErrorCategory.REFUSED, message);
    }
}
