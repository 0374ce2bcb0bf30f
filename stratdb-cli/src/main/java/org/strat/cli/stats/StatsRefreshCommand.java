package org.strat.cli.stats;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.Heartbeat;
import org.strat.cli.JsonOutput;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Refresh the stat views from the plays recorded so far.")
@Examples({
        "stratdb stats refresh",
        "Refresh every stat view (readers wait meanwhile).",
        "stratdb stats refresh --concurrently --json",
        "Refresh without blocking readers; print how each view was refreshed and how long it took, as JSON."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED})
final class StatsRefreshCommand implements Callable<Integer> {

    @ParentCommand
    StatsCommand stats;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    JsonOutput json;

    @Option(names = "--concurrently",
            description = "Refresh without blocking readers of the views (slower; needs them populated once, else a"
                    + " view is refreshed plainly). Default: a plain refresh, during which readers wait.")
    boolean concurrently;

    @Override
    public Integer call() {
        RefreshMode mode = concurrently ? RefreshMode.CONCURRENTLY : RefreshMode.PLAIN;
        PrintWriter out = stats.out();
        PrintWriter err = spec.commandLine().getErr();
        // Each view commits on its own: the report lists those refreshed so far, so a failure part-way says which.
        Map<String, Object> report = json.report();
        report.put("mode", name(mode));
        List<Map<String, Object>> refreshed = new ArrayList<>();
        report.put("views", refreshed);
        // With --json the per-view lines go to standard error, and standard output stays one JSON document.
        ViewsInProgress progress = new ViewsInProgress(json.enabled ? err : out, err, refreshed);
        RefreshResult result;
        try (Heartbeat heartbeat = Heartbeat.start(err, progress::status)) {
            result = stats.withConnections(connections -> new StatViewRefresher(connections).refresh(mode, progress));
        }
        if (json.enabled) {
            report.put("duration_ms", result.durationMs());
            json.print(out);
        } else {
            out.println("Stat views refreshed in " + result.durationMs() + " ms.");
        }
        return ExitCodes.OK;
    }

    private static String name(RefreshMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    /** One view's line of the --json report (docs/json.md). */
    private static Map<String, Object> toJson(ViewRefresh view) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("view", view.view().viewName());
        object.put("mode", name(view.used()));
        object.put("fell_back_to_plain", view.fellBackToPlain());
        object.put("duration_ms", view.durationMs());
        return object;
    }

    /**
     * A start line per view on standard error and its result on standard output (standard error with --json) as
     * each commits, recorded for the --json report too; between them, for a view of a large season that takes tens
     * of seconds, the heartbeat's line saying which one and how long.
     */
    private static final class ViewsInProgress implements RefreshProgress {

        private final PrintWriter results;
        private final PrintWriter err;
        private final List<Map<String, Object>> refreshed;
        private volatile StatView current;
        private volatile long started;

        ViewsInProgress(PrintWriter results, PrintWriter err, List<Map<String, Object>> refreshed) {
            this.results = results;
            this.err = err;
            this.refreshed = refreshed;
        }

        @Override
        public void starting(StatView view, RefreshMode used, int number, int total) {
            started = System.nanoTime();
            current = view;
            err.println("Refreshing " + view.viewName() + " (" + number + " of " + total + ", "
                    + name(used) + ")...");
            err.flush();
        }

        @Override
        public void refreshed(ViewRefresh view) {
            current = null;
            refreshed.add(toJson(view));
            String how = name(view.used())
                    + (view.fellBackToPlain() ? " (never populated, so not concurrently)" : "");
            results.printf("Refreshed %-20s %-42s %6d ms%n", view.view().viewName(), how, view.durationMs());
            results.flush();
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
