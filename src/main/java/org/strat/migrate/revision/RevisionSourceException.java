package org.strat.migrate.revision;

/** The revision files cannot be found or read. */
public final class RevisionSourceException extends RuntimeException {

    public RevisionSourceException(String message) {
        super(message);
    }
}
