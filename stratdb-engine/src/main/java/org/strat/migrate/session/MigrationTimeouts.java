package org.strat.migrate.session;

import java.time.Duration;

/**
 * How long a writing command waits, and for what.
 *
 * @param lockWait         how long to wait for another migrator's advisory lock before giving up
 * @param lockTimeout      PostgreSQL's {@code lock_timeout} for revision SQL: a revision that waits longer for a
 *                         table lock fails instead of queueing every later query on that table behind it
 * @param statementTimeout PostgreSQL's {@code statement_timeout} for revision SQL; zero means none
 */
public record MigrationTimeouts(Duration lockWait, Duration lockTimeout, Duration statementTimeout) {

    /** A zero lock_timeout turns it off; a negative duration means nothing; both are refused, not clamped. */
    public MigrationTimeouts {
        if (lockWait.isNegative() || statementTimeout.isNegative() || lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("lockWait and statementTimeout must be >= 0 and lockTimeout > 0, not "
                    + lockWait + ", " + lockTimeout + ", " + statementTimeout);
        }
    }

    public static final MigrationTimeouts DEFAULTS =
            new MigrationTimeouts(Duration.ofSeconds(120), Duration.ofSeconds(5), Duration.ZERO);

    public MigrationTimeouts withLockWait(Duration wait) {
        return new MigrationTimeouts(wait, lockTimeout, statementTimeout);
    }
}
