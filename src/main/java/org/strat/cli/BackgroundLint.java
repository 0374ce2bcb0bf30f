package org.strat.cli;

import org.strat.migrate.command.MigrationContext;
import org.strat.migrate.lint.LintResult;
import org.strat.migrate.lint.Linter;
import org.strat.migrate.revision.RevisionFile;

import java.util.List;

/**
 * Lints every revision file on a thread of its own while the command connects and takes the migration lock.
 * On a cold JVM the lint costs about as much as opening the connection does (tens of milliseconds), and the two
 * overlap; the findings are still printed before the first revision runs.
 */
final class BackgroundLint {

    private final BackgroundTask<LintResult> task;

    private BackgroundLint(BackgroundTask<LintResult> task) {
        this.task = task;
    }

    /** Starts linting the context's revision files, which are read (and checked) here, on the caller's thread. */
    static BackgroundLint start(MigrationContext context) {
        List<RevisionFile> files = context.files();
        return new BackgroundLint(BackgroundTask.start("stratdb-lint", "linting the revision files",
                () -> Linter.of(context.source()).lint(files)));
    }

    /** The findings, waiting for the lint to finish; what the lint threw is thrown here. */
    LintResult result() {
        return task.result();
    }
}
