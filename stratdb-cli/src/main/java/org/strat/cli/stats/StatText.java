package org.strat.cli.stats;

import java.util.Locale;
import java.util.OptionalDouble;

/** How the stats commands write rates: averages as baseball does (".333", "1.000"), ERA and WHIP with two decimals. */
final class StatText {

    private StatText() {
    }

    /** AVG, OBP, SLG: three decimals without the leading zero; ".---" when there is no denominator. */
    static String average(OptionalDouble value) {
        if (value.isEmpty()) {
            return ".---";
        }
        String text = String.format(Locale.ROOT, "%.3f", value.getAsDouble());
        return text.startsWith("0.") ? text.substring(1) : text;
    }

    /** ERA, WHIP: two decimals; "-.--" before the first out. */
    static String twoDecimals(OptionalDouble value) {
        return value.isEmpty() ? "-.--" : String.format(Locale.ROOT, "%.2f", value.getAsDouble());
    }

    /** A rate for --json: rounded to {@code decimals} places, or null when undefined. */
    static Double rounded(OptionalDouble value, int decimals) {
        if (value.isEmpty()) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value.getAsDouble() * scale) / scale;
    }
}
