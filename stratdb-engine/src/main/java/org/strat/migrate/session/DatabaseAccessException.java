package org.strat.migrate.session;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** The database failed a command's own work (not a revision's SQL): bookkeeping, catalog reads, a lost session. */
public final class DatabaseAccessException extends StratDbException {

    public DatabaseAccessException(String message, Throwable cause) {
        this(ErrorCategory.REFUSED, message, cause);
    }

    public DatabaseAccessException(ErrorCategory category, String message, Throwable cause) {
        super(category, message, cause);
    }
}
