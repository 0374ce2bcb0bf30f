package org.strat.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Writes rows of the benchmark table in the column layout bench/run prints for the whole-process cases:
 * case | median | compared with | ratio | target | status.
 */
final class Report {

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void row(String label, String median, String comparedWith, String ratio, String target, String status) {
        out.printf("| %s | %s | %s | %s | %s | %s |%n", label, median, comparedWith, ratio, target, status);
        out.flush();
    }

    static void progress(String message) {
        System.err.println("bench:   " + message);
    }

    /** Milliseconds with three significant figures, which is all a median on a shared machine supports. */
    static String ms(double millis) {
        if (millis < 10) {
            return String.format(Locale.ROOT, "%.2f ms", millis);
        }
        if (millis < 100) {
            return String.format(Locale.ROOT, "%.1f ms", millis);
        }
        return String.format(Locale.ROOT, "%,.0f ms", millis);
    }

    static String ratio(double ratio) {
        return ratio < 10 ? String.format(Locale.ROOT, "%.1f×", ratio) : String.format(Locale.ROOT, "%,.0f×", ratio);
    }

    static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String met(boolean met) {
        return met ? "met" : "not met";
    }
}
