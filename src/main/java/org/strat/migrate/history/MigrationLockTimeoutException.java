package org.strat.migrate.history;

/** Another migrator held the lock for longer than this one was willing to wait. */
public final class MigrationLockTimeoutException extends RuntimeException {

    public MigrationLockTimeoutException(String message) {
        super(message);
    }
}
