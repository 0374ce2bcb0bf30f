package org.strat.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

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

    /**
     * Read by hand rather than with a regular expression and BigDecimal: every database command parses the three
     * defaults at start-up, and BigDecimal's class initialisation alone took 25-30 ms of a cold start (JDK 25).
     */
    static Duration parse(String text, boolean zeroAllowed, String zeroMeaning) {
        String value = text == null ? "" : text.strip();
        int point = value.indexOf('.');
        String whole = point < 0 ? value : value.substring(0, point);
        String fraction = point < 0 ? "" : value.substring(point + 1);
        if (!asciiDigits(whole) || !asciiDigits(fraction) || whole.length() + fraction.length() == 0) {
            throw new TypeConversionException("\"" + text + "\" is not a number of seconds; give a plain decimal such as 5"
                    + " or 0.5, from " + (zeroAllowed ? "0 (" + zeroMeaning + ")" : "0.001") + " to " + MAX_SECONDS);
        }
        int firstSignificant = 0;
        while (firstSignificant < whole.length() && whole.charAt(firstSignificant) == '0') {
            firstSignificant++;
        }
        int lastSignificant = fraction.length();
        while (lastSignificant > 0 && fraction.charAt(lastSignificant - 1) == '0') {
            lastSignificant--;
        }
        String wholeDigits = whole.substring(firstSignificant);
        String fractionDigits = fraction.substring(0, lastSignificant);
        long seconds = wholeDigits.length() > String.valueOf(MAX_SECONDS).length() ? Long.MAX_VALUE
                : wholeDigits.isEmpty() ? 0 : Long.parseLong(wholeDigits);
        if (seconds > MAX_SECONDS || (seconds == MAX_SECONDS && !fractionDigits.isEmpty())) {
            throw new TypeConversionException(value + " s is more than a day; give at most " + MAX_SECONDS
                    + (zeroAllowed ? ", or 0 (" + zeroMeaning + ")" : ""));
        }
        if (fractionDigits.length() > 3) {
            throw new TypeConversionException(value + " s is finer than the millisecond PostgreSQL counts in; give"
                    + " whole milliseconds (at most 3 decimals)");
        }
        long millis = seconds * 1000 + (fractionDigits.isEmpty() ? 0 : Long.parseLong((fractionDigits + "00").substring(0, 3)));
        if (millis == 0 && !zeroAllowed) {
            throw new TypeConversionException("0 would turn it off, and a revision could then wait for a busy table"
                    + " forever while every query on that table queues behind it; give at least 0.001");
        }
        return Duration.ofMillis(millis);
    }

    /** Only 0-9 (what the number may be made of; no sign, exponent, or other script's digits). */
    private static boolean asciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
