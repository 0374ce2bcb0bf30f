package org.strat.cli;

import org.strat.migrate.session.MigrationTimeouts;
import picocli.CommandLine.Option;

import java.time.Duration;

/**
 * The options of a command that takes the migration lock and runs SQL under it (revisions, adoption steps, the
 * bookkeeping writes of stamp and accept-edit).
 */
public final class LockOptions {

    static final String LOCK_WAIT = "--lock-wait";
    static final String LOCK_TIMEOUT = "--lock-timeout";
    static final String STATEMENT_TIMEOUT = "--statement-timeout";

    private static final String DEFAULT_LOCK_WAIT = "120";
    private static final String DEFAULT_LOCK_TIMEOUT = "5";
    private static final String DEFAULT_STATEMENT_TIMEOUT = "0";

    /** What a command gets that was given none of them (and what one that does not take them runs with). */
    static final MigrationTimeouts DEFAULTS = new MigrationTimeouts(new SecondsOption.LockWait().convert(DEFAULT_LOCK_WAIT),
            new SecondsOption.LockTimeout().convert(DEFAULT_LOCK_TIMEOUT),
            new SecondsOption.StatementTimeout().convert(DEFAULT_STATEMENT_TIMEOUT));

    @Option(names = LOCK_WAIT, paramLabel = "SECONDS", defaultValue = DEFAULT_LOCK_WAIT, converter = SecondsOption.LockWait.class,
            description = "How long to wait for another migration's lock before giving up. Default: ${DEFAULT-VALUE}.")
    Duration lockWait;

    @Option(names = LOCK_TIMEOUT, paramLabel = "SECONDS", defaultValue = DEFAULT_LOCK_TIMEOUT, converter = SecondsOption.LockTimeout.class,
            description = "PostgreSQL lock_timeout for the SQL run under the lock: a statement that waits longer for a busy"
                    + " table fails fast instead of queueing every query on that table behind it. Default: ${DEFAULT-VALUE}.")
    Duration lockTimeout;

    @Option(names = STATEMENT_TIMEOUT, paramLabel = "SECONDS", defaultValue = DEFAULT_STATEMENT_TIMEOUT,
            converter = SecondsOption.StatementTimeout.class,
            description = "PostgreSQL statement_timeout for the SQL run under the lock; 0 means none. Default: ${DEFAULT-VALUE}.")
    Duration statementTimeout;
}
