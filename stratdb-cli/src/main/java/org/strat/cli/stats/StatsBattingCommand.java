package org.strat.cli.stats;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.migrate.SubjectOptions;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.stats.BattingSeason;
import org.strat.stats.SeasonLines;
import org.strat.stats.StatSubject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "batting", mixinStandardHelpOptions = true,
        description = "Show one player's or card's season batting line from the stat views.")
@Examples({
        "stratdb stats batting --player 42",
        "Player 42's (sba) season batting line.",
        "stratdb stats batting --card 7 --json",
        "Card 7's (pd) season batting line, as JSON."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED})
final class StatsBattingCommand implements Callable<Integer> {

    @ParentCommand
    StatsCommand stats;

    @Mixin
    DatabaseOptions database;

    @Mixin
    JsonOutput json;

    @Mixin
    SubjectOptions who;


    @Override
    public Integer call() {
        StatSubject subject = who.subject();
        BattingSeason season = stats.withConnections(connections -> new SeasonLines(connections).batting(subject));
        PrintWriter out = stats.out();
        if (json.enabled) {
            json.report().putAll(StatsJson.batting(season));
            json.print(out);
        } else {
            SeasonText.batting(season).forEach(out::println);
        }
        return ExitCodes.OK;
    }
}
