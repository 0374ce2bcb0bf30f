package org.strat.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a daemon thread of its own when a command begins, whose result the command waits for later:
 * start-up work that would otherwise sit on the main thread of a cold JVM. A command that ends without asking
 * for the result does not wait for it. What the work threw is thrown by {@link #result()}.
 */
final class BackgroundTask<T> {

    private final FutureTask<T> task;
    private final String what;

    private BackgroundTask(FutureTask<T> task, String what) {
        this.task = task;
        this.what = what;
    }

    /** Starts the work; {@code what} names it in the rare message about a checked failure or an interrupt. */
    static <T> BackgroundTask<T> start(String threadName, String what, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new BackgroundTask<>(task, what);
    }

    T result() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what, e);
        }
    }
}
