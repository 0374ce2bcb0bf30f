package org.strat.cli;

import org.strat.stats.BattingSeason;
import org.strat.stats.SeasonLines;
import org.strat.stats.StatSubject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "batting", mixinStandardHelpOptions = true,
        description = "Show one player's or card's season batting line from the stat views.")
final class StatsBattingCommand implements Callable<Integer> {

    @ParentCommand
    StatsCommand stats;

    @Mixin
    SubjectOptions who;

    @Option(names = "--json", description = "Print the season line as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        StatSubject subject = who.subject();
        BattingSeason season = stats.withConnections(connections -> new SeasonLines(connections).batting(subject));
        PrintWriter out = stats.out();
        if (json) {
            out.println(Json.write(StatsJson.batting(season)));
        } else {
            SeasonText.batting(season).forEach(out::println);
        }
        return ExitCodes.OK;
    }
}
