package org.strat.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A line on standard error every few seconds while a long step runs (an index rebuild, a view refresh: one
 * statement each, silent for tens of seconds), so that an operator watching a log can tell work from a hang.
 * The line is whatever {@code status} says at that moment; null prints nothing.
 */
public final class Heartbeat implements AutoCloseable {

    /** Often enough that a watcher never waits long, seldom enough that a log stays readable. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final Supplier<String> status;
    private final ScheduledExecutorService timer;

    private Heartbeat(PrintWriter err, Supplier<String> status, ScheduledExecutorService timer) {
        this.err = err;
        this.status = status;
        this.timer = timer;
    }

    public static Heartbeat start(PrintWriter err, Supplier<String> status) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stratdb-progress");
            thread.setDaemon(true);
            return thread;
        });
        Heartbeat heartbeat = new Heartbeat(err, status, timer);
        timer.scheduleAtFixedRate(heartbeat::beat, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return heartbeat;
    }

    /** Prints the status line now (the timer calls it; so can a test, without waiting). */
    void beat() {
        String line = status.get();
        if (line != null) {
            err.println(line);
            err.flush();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    public static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
