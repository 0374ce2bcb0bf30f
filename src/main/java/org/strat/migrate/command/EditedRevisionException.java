package org.strat.migrate.command;

/** An applied revision's file no longer has the checksum recorded when it was applied. */
public final class EditedRevisionException extends RuntimeException {

    public EditedRevisionException(String message) {
        super(message);
    }
}
