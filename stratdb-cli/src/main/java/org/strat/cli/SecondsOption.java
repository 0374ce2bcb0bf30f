package org.strat.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Reads a duration option given in seconds, and refuses any value that would not mean what it says: not a plain
 * decimal number (NaN, Infinity, 1e3, hex), negative (also "-0"), finer than the millisecond PostgreSQL counts in
 * (0.0001 would round to 0, which turns a timeout off), or above a day. Picocli reports the refusal as a usage
 * error before any server is started or connection opened.
 */
final class SecondsOption {

    /** A day: longer than any sane wait of a deploy, far below PostgreSQL's own limit of about 24.8 days. */
    static final long MAX_SECONDS = 86_400;

    private SecondsOption() {
    }

    static Duration parse(String text, boolean zeroAllowed, String zeroMeaning) {
        String value = text == null ? "" : text.strip();
        if (!value.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
            throw new TypeConversionException("\"" + text + "\" is not a number of seconds; give a plain decimal such as 5"
                    + " or 0.5, from " + (zeroAllowed ? "0 (" + zeroMeaning + ")" : "0.001") + " to " + MAX_SECONDS);
        }
        BigDecimal seconds = new BigDecimal(value);
        if (seconds.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
            throw new TypeConversionException(value + " s is more than a day; give at most " + MAX_SECONDS
                    + (zeroAllowed ? ", or 0 (" + zeroMeaning + ")" : ""));
        }
        BigDecimal millis = seconds.movePointRight(3);
        if (millis.stripTrailingZeros().scale() > 0) {
            throw new TypeConversionException(value + " s is finer than the millisecond PostgreSQL counts in; give"
                    + " whole milliseconds (at most 3 decimals)");
        }
        if (millis.signum() == 0 && !zeroAllowed) {
            throw new TypeConversionException("0 would turn it off, and a revision could then wait for a busy table"
                    + " forever while every query on that table queues behind it; give at least 0.001");
        }
        return Duration.ofMillis(millis.longValueExact());
    }

    /** --lock-wait: 0 means one try. */
    static final class LockWait implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return parse(value, true, "try once, do not wait");
        }
    }

    /** --lock-timeout: never 0, which would turn PostgreSQL's lock_timeout off. */
    static final class LockTimeout implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return parse(value, false, null);
        }
    }

    /** --statement-timeout: 0 means none, as documented. */
    static final class StatementTimeout implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return parse(value, true, "no statement timeout");
        }
    }
}
