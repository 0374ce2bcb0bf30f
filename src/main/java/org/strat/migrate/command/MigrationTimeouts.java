package org.strat.migrate.command;

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

    public static final MigrationTimeouts DEFAULTS =
            new MigrationTimeouts(Duration.ofSeconds(120), Duration.ofSeconds(5), Duration.ZERO);

    public MigrationTimeouts withLockWait(Duration wait) {
        return new MigrationTimeouts(wait, lockTimeout, statementTimeout);
    }
}
