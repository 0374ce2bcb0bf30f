package org.strat.stats.sample;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's COPY text format (tab between fields, newline after a row, {@code \N} for NULL), written
 * straight into a byte buffer without a String per field: at a hundred thousand plays a second, formatting is a
 * real share of the time.
 *
 * <p>PostgreSQL documentation, COPY, "Text Format": backslash, tab, newline and carriage return inside a value
 * are escaped with a backslash. Not thread-safe.
 */
final class CopyText {

    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] UTC = {'+', '0', '0'};

    private byte[] buffer = new byte[1 << 16];
    private int length;
    private boolean rowStart = true;
    private long cachedDay = Long.MIN_VALUE;
    private byte[] cachedDate;

    byte[] buffer() {
        return buffer;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
        rowStart = true;
    }

    CopyText number(long value) {
        separate();
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        if (value < 10) {
            put((byte) ('0' + value));
            return this;
        }
        int start = length;
        while (value > 0) {
            put((byte) ('0' + value % 10));
            value /= 10;
        }
        reverse(start, length - 1);
        return this;
    }

    /** A number, or NULL where the records use {@link SimulatedGame#NONE}. */
    CopyText numberOrNull(int value) {
        return value == SimulatedGame.NONE ? nullValue() : number(value);
    }

    CopyText nullValue() {
        separate();
        append(NULL);
        return this;
    }

    CopyText bool(boolean value) {
        separate();
        put((byte) (value ? 't' : 'f'));
        return this;
    }

    CopyText text(String value) {
        if (value == null) {
            return nullValue();
        }
        separate();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> append('\\', '\\');
                case '\t' -> append('\\', 't');
                case '\n' -> append('\\', 'n');
                case '\r' -> append('\\', 'r');
                default -> {
                    if (c < 0x80) {
                        put((byte) c);
                    } else {
                        append(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return this;
    }

    /** A value already in COPY form (an id formatted once per game, say), written as it is. */
    CopyText raw(byte[] value) {
        separate();
        append(value);
        return this;
    }

    /** A timestamptz in UTC, "2026-04-01 13:05:00+00". */
    CopyText timestamp(long epochSecond) {
        separate();
        long day = Math.floorDiv(epochSecond, 86_400);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = (LocalDate.ofEpochDay(day) + " ").getBytes(StandardCharsets.US_ASCII);
        }
        append(cachedDate);
        int second = (int) Math.floorMod(epochSecond, 86_400);
        twoDigits(second / 3600).put((byte) ':').twoDigits(second / 60 % 60).put((byte) ':').twoDigits(second % 60);
        append(UTC);
        return this;
    }

    void endRow() {
        put((byte) '\n');
        rowStart = true;
    }

    private void separate() {
        if (!rowStart) {
            put((byte) '\t');
        }
        rowStart = false;
    }

    private CopyText twoDigits(int value) {
        put((byte) ('0' + value / 10));
        put((byte) ('0' + value % 10));
        return this;
    }

    private void append(char first, char second) {
        put((byte) first);
        put((byte) second);
    }

    private void append(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private CopyText put(byte value) {
        ensure(1);
        buffer[length++] = value;
        return this;
    }

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }

    private void reverse(int from, int to) {
        while (from < to) {
            byte swap = buffer[from];
            buffer[from++] = buffer[to];
            buffer[to--] = swap;
        }
    }
}
