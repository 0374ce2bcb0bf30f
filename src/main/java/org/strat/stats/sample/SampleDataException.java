package org.strat.stats.sample;

/** Sample data could not be written; the message says why and what to do. */
public final class SampleDataException extends RuntimeException {

    public SampleDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
