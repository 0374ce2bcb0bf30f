package org.strat.migrate.errors;

/**
 * What kind of failure an error is, which decides what the user should do next and, in the CLI, the exit code
 * (mapped in one place: {@code org.strat.cli.ExitCodes#of}).
 */
public enum ErrorCategory {
    /** The command line, the settings or a revision file is wrong: fix the input; nothing was touched. */
    SETTINGS,
    /** The database could not be reached, or the connection to it was lost: check the server and the network. */
    CONNECTION,
    /** The database's or the revision files' state does not allow the command; nothing was changed. */
    REFUSED,
    /** A revision's own SQL failed; the message says where the database stands. */
    REVISION_FAILED,
    /** Another migration held the lock for longer than the command would wait. */
    LOCK_TIMEOUT,
    /** A defect of stratdb itself. */
    INTERNAL
}
