package org.strat.migrate.history;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** Another migrator held the lock for longer than this one was willing to wait. */
public final class MigrationLockTimeoutException extends StratDbException {

    public MigrationLockTimeoutException(String message) {
        super(ErrorCategory.LOCK_TIMEOUT, message);
    }
}
