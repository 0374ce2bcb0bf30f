package org.strat.cli;

import org.strat.errors.ErrorCategory;

/** Every exit code stratdb uses, in one place; {@code --help} lists them (keep {@link StratDb}'s exitCodeList in step). */
public final class ExitCodes {

    public static final int OK = 0;
    /** Not at head, or differences found: the answer is "no", nothing failed. */
    public static final int NOT_AT_HEAD = 1;
    public static final int USAGE = 2;
    /** Refused because of the database's or the revision files' state, or a revision failed; nothing half-done. */
    public static final int REFUSED = 3;
    public static final int INTERNAL = 4;
    public static final int UNREACHABLE = 5;
    /** Another migration held the lock for longer than --lock-wait. */
    public static final int LOCK_TIMEOUT = 6;

    private ExitCodes() {
    }

    /** The exit code of a failure of this category: the one mapping from categories to codes. */
    public static int of(ErrorCategory category) {
        return switch (category) {
            case SETTINGS -> USAGE;
            case CONNECTION -> UNREACHABLE;
            case REFUSED, REVISION_FAILED -> REFUSED;
            case LOCK_TIMEOUT -> LOCK_TIMEOUT;
            case INTERNAL -> INTERNAL;
        };
    }
}
