package org.strat.cli.stats;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.Heartbeat;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.stats.RefreshMode;
import org.strat.stats.RefreshProgress;
import org.strat.stats.RefreshResult;
import org.strat.stats.StatView;
import org.strat.stats.StatViewRefresher;
import org.strat.stats.ViewRefresh;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Refresh the stat views from the plays recorded so far.")
@Examples({
        "stratdb stats refresh",
        "Refresh every stat view (readers wait meanwhile).",
        "stratdb stats refresh --concurrently",
        "Refresh without blocking readers."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED})
final class StatsRefreshCommand implements Callable<Integer> {

    @ParentCommand
    StatsCommand stats;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--concurrently",
            description = "Refresh without blocking readers of the views (slower; needs them populated once, else a"
                    + " view is refreshed plainly). Default: a plain refresh, during which readers wait.")
    boolean concurrently;

    @Override
    public Integer call() {
        RefreshMode mode = concurrently ? RefreshMode.CONCURRENTLY : RefreshMode.PLAIN;
        PrintWriter out = stats.out();
        PrintWriter err = spec.commandLine().getErr();
        ViewsInProgress progress = new ViewsInProgress(out, err);
        RefreshResult result;
        try (Heartbeat heartbeat = Heartbeat.start(err, progress::status)) {
            result = stats.withConnections(connections -> new StatViewRefresher(connections).refresh(mode, progress));
        }
        out.println("Stat views refreshed in " + result.durationMs() + " ms.");
        return ExitCodes.OK;
    }

    /**
     * A start line per view on standard error and its result on standard output as each commits; between them,
     * for a view of a large season that takes tens of seconds, the heartbeat's line saying which one and how long.
     */
    private static final class ViewsInProgress implements RefreshProgress {

        private final PrintWriter out;
        private final PrintWriter err;
        private volatile StatView current;
        private volatile long started;

        ViewsInProgress(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void starting(StatView view, RefreshMode used, int number, int total) {
            started = System.nanoTime();
            current = view;
            err.println("Refreshing " + view.viewName() + " (" + number + " of " + total + ", "
                    + used.name().toLowerCase(Locale.ROOT) + ")...");
            err.flush();
        }

        @Override
        public void refreshed(ViewRefresh view) {
            current = null;
            String how = view.used().name().toLowerCase(Locale.ROOT)
                    + (view.fellBackToPlain() ? " (never populated, so not concurrently)" : "");
            out.printf("Refreshed %-20s %-42s %6d ms%n", view.view().viewName(), how, view.durationMs());
            out.flush();
        }

        /** Only for a view that has run a whole heartbeat's interval: a quick one needs no "still" line. */
        String status() {
            StatView view = current;
            long elapsed = System.nanoTime() - started;
            if (view == null || elapsed < Heartbeat.EVERY.toNanos()) {
                return null;
            }
            return "  still refreshing " + view.viewName() + ", " + Heartbeat.seconds(elapsed) + " so far";
        }
    }
}
