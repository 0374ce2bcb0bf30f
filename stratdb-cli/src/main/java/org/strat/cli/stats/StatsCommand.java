package org.strat.cli.stats;

import org.strat.cli.ExitCodes;
import org.strat.cli.StratDb;
import org.strat.stats.ConnectionSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code stratdb stats}: the stat views' subcommands, and what they share to reach the database. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Refresh and read the stat views (revision 004_stat_views): box scores and season lines.",
        subcommands = {StatsRefreshCommand.class, StatsGameCommand.class, StatsBattingCommand.class,
                StatsPitchingCommand.class})
public final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: usage on standard error, exit 2, as bare stratdb. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    PrintWriter out() {
        return root.out();
    }

    /** Runs the work with plain connections to the configured database (the embedded one is started for it). */
    <T> T withConnections(Function<ConnectionSource, T> work) {
        return root.withDatabase(migrations -> work.apply(ConnectionSource.of(migrations.context().connections().settings())));
    }
}
