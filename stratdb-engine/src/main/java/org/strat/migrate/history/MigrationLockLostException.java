package org.strat.migrate.history;

import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

/** The session no longer holds the migration lock, so the command recorded nothing and stopped. */
public final class MigrationLockLostException extends StratDbException {

    private final String revision;

    public MigrationLockLostException(String revision) {
        super(ErrorCategory.REFUSED, "The migration lock was no longer held when revision " + revision + " was to be"
                + " recorded (something released this session's advisory locks: the revision's own SQL, such as"
                + " pg_advisory_unlock_all() or DISCARD ALL, or a pooler resetting the session), so it was not recorded"
                + " and its transaction was rolled back. Another migrator may be at work now: run \"stratdb current\","
                + " remove the lock release from the revision, then run the command again.");
        this.revision = revision;
    }

    public String revision() {
        return revision;
    }
}
