package org.strat.cli;

import org.strat.stats.RefreshMode;
import org.strat.stats.RefreshResult;
import org.strat.stats.StatViewRefresher;
import org.strat.stats.ViewRefresh;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Refresh the stat views from the plays recorded so far.")
final class StatsRefreshCommand implements Callable<Integer> {

    @ParentCommand
    StatsCommand stats;

    @Option(names = "--concurrently",
            description = "Refresh without blocking readers of the views (slower; needs them populated once, else a"
                    + " view is refreshed plainly). Default: a plain refresh, during which readers wait.")
    boolean concurrently;

    @Override
    public Integer call() {
        RefreshMode mode = concurrently ? RefreshMode.CONCURRENTLY : RefreshMode.PLAIN;
        RefreshResult result = stats.withConnections(connections -> new StatViewRefresher(connections).refresh(mode));
        PrintWriter out = stats.out();
        for (ViewRefresh view : result.views()) {
            String how = view.used().name().toLowerCase(Locale.ROOT)
                    + (view.fellBackToPlain() ? " (never populated, so not concurrently)" : "");
            out.printf("Refreshed %-20s %-42s %6d ms%n", view.view().viewName(), how, view.durationMs());
        }
        out.println("Stat views refreshed in " + result.durationMs() + " ms.");
        return ExitCodes.OK;
    }
}
