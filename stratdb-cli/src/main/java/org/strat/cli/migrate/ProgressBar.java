package org.strat.cli.migrate;

import org.strat.cli.ProgressLines;
import org.strat.stats.sample.SampleDataProgress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return at most ten times a
 * second, so that standard output stays clean for the summary. Only for a terminal: a log or a pipe gets
 * {@link ProgressLines}, since carriage returns turn a CI log into one unreadable line.
 */
public final class ProgressBar implements SampleDataProgress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private long lastDrawn = -REDRAW_NANOS;
    private boolean drawn;
    private int lastRebuildLine;

    public ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void loaded(int games, int totalGames, long plays, long elapsedNanos) {
        if (games < totalGames && elapsedNanos - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = elapsedNanos;
        int filled = (int) ((long) WIDTH * games / totalGames);
        long rate = elapsedNanos == 0 ? 0 : plays * 1_000_000_000L / elapsedNanos;
        err.printf(Locale.ROOT, "\r[%s%s] %3d%%  %,d/%,d games  %,d plays  %,d plays/s ", "#".repeat(filled),
                "-".repeat(WIDTH - filled), 100L * games / totalGames, games, totalGames, plays, rate);
        err.flush();
        drawn = true;
    }

    /** A load in one transaction has written every game; says so under the full bar while it finishes. */
    @Override
    public void rebuilding() {
        if (drawn) {
            err.println();
            err.print("Rebuilding indexes and foreign keys...");
            err.flush();
        }
    }

    /** Redraws the rebuild's line with the index or key that the time now goes to. */
    @Override
    public void rebuildingObject(String kind, String name, int number, int total) {
        if (drawn) {
            String line = String.format(Locale.ROOT, "Rebuilding indexes and foreign keys: %d of %d, %s %s", number, total,
                    kind, name);
            err.print("\r" + line + " ".repeat(Math.max(0, lastRebuildLine - line.length())));
            err.flush();
            lastRebuildLine = line.length();
        }
    }

    /** Ends the bar's line, if one was drawn. */
    public void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
