package org.strat.migrate.errors;

/**
 * The base of every failure stratdb expects and explains: its message is the one line a user reads, and its
 * {@link ErrorCategory} says what kind of failure it is. Anything else that escapes is an internal error.
 */
public abstract class StratDbException extends RuntimeException {

    private final ErrorCategory category;

    protected StratDbException(ErrorCategory category, String message) {
        super(message);
        this.category = category;
    }

    protected StratDbException(ErrorCategory category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    public ErrorCategory category() {
        return category;
    }
}
