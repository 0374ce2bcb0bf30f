package org.strat.migrate.state;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** An applied revision's file no longer has the checksum recorded when it was applied. */
public final class EditedRevisionException extends StratDbException {

    public EditedRevisionException(String message) {
        super(ErrorCategory.REFUSED, message);
    }
}
