package org.strat.cli;

import org.strat.cli.migrate.ProgressBar;
import org.strat.stats.sample.SampleDataProgress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A sample-data load's progress as plain lines on standard error, for a log or a pipe (a terminal gets
 * {@link ProgressBar}): a line when the games are written and when the rebuild starts, and every few seconds
 * (see {@link Heartbeat}) where the load is. Called from the loading threads, one call at a time.
 */
public final class ProgressLines implements SampleDataProgress {

    private final PrintWriter err;
    private final LongSupplier clock;
    private volatile String loading;
    private volatile long rebuildStart;
    private volatile Rebuilding rebuilding;

    /** The index or foreign key being rebuilt. */
    private record Rebuilding(String kind, String name, int number, int total) {
    }

    public ProgressLines(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void starting(int totalGames, boolean oneTransaction) {
        line(String.format(Locale.ROOT, "Loading %,d games %s...", totalGames, oneTransaction
                ? "in one transaction (the tables stay locked until it commits)" : "in batches, each in its own transaction"));
    }

    @Override
    public void loaded(int games, int totalGames, long plays, long elapsedNanos) {
        long rate = elapsedNanos == 0 ? 0 : plays * 1_000_000_000L / elapsedNanos;
        loading = String.format(Locale.ROOT, "  %3d%%  %,d/%,d games  %,d plays  %,d plays/s  (%s)",
                100L * games / totalGames, games, totalGames, plays, rate, Heartbeat.seconds(elapsedNanos));
        if (games == totalGames) {
            line(String.format(Locale.ROOT, "Wrote %,d games (%,d plays) in %s.", games, plays, Heartbeat.seconds(elapsedNanos)));
            loading = null;
        }
    }

    @Override
    public void rebuilding() {
        rebuildStart = clock.getAsLong();
        line("Rebuilding the indexes and foreign keys dropped for the load (the tables stay locked meanwhile)...");
    }

    @Override
    public void rebuildingObject(String kind, String name, int number, int total) {
        rebuilding = new Rebuilding(kind, name, number, total);
    }

    /** What the load is doing now, for the heartbeat; null when nothing is in progress. */
    public String status() {
        Rebuilding now = rebuilding;
        if (now == null) {
            return loading;
        }
        return "  rebuilding " + now.kind() + " " + now.name() + " (" + now.number() + " of " + now.total() + "), "
                + Heartbeat.seconds(clock.getAsLong() - rebuildStart) + " so far";
    }

    /** The load is over (done or failed): nothing more to report. */
    public void finish() {
        loading = null;
        rebuilding = null;
    }

    private void line(String text) {
        err.println(text);
        err.flush();
    }
}
