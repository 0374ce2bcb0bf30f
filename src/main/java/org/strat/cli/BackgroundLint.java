package org.strat.cli;

import org.strat.migrate.command.MigrationContext;
import org.strat.migrate.lint.LintResult;
import org.strat.migrate.lint.Linter;
import org.strat.migrate.revision.RevisionFile;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Lints every revision file on a thread of its own while the command connects and takes the migration lock.
 * On a cold JVM the lint costs about as much as opening the connection does (tens of milliseconds), and the two
 * overlap; the findings are still printed before the first revision runs.
 */
final class BackgroundLint {

    private final FutureTask<LintResult> task;

    private BackgroundLint(FutureTask<LintResult> task) {
        this.task = task;
    }

    /** Starts linting the context's revision files, which are read (and checked) here, on the caller's thread. */
    static BackgroundLint start(MigrationContext context) {
        List<RevisionFile> files = context.files();
        FutureTask<LintResult> task = new FutureTask<>(() -> Linter.of(context.source()).lint(files));
        Thread thread = new Thread(task, "stratdb-lint");
        // A command that has nothing to apply exits without waiting for a lint it will not print.
        thread.setDaemon(true);
        thread.start();
        return new BackgroundLint(task);
    }

    /** The findings, waiting for the lint to finish; what the lint threw is thrown here. */
    LintResult result() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Linting the revision files failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while linting the revision files", e);
        }
    }
}
