package org.strat.migrate.connect;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding as libpq does it for URL parts: "%XX" is a byte, '+' stays '+', anything else is itself.
 *
 * <p>{@link java.net.URLDecoder} throws IllegalArgumentException with the offending text for a trailing '%'; a
 * password ending in '%' then surfaced as an internal error. Here a bad escape is a settings error that never
 * quotes the input.
 */
final class PercentDecoding {

    private PercentDecoding() {
    }

    static String decode(String value, String what) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '%') {
                bytes.write(raw[i]);
                continue;
            }
            int high = i + 1 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int low = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
            if (high < 0 || low < 0) {
                throw new InvalidSettingsException("The " + what + " has a '%' that is not followed by two hex digits."
                        + " Write a literal '%' as %25 (and '@' as %40, ':' as %3A, '/' as %2F).");
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
