package org.strat.cli.stats;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.migrate.SubjectOptions;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.stats.PitchingSeason;
import org.strat.stats.SeasonLines;
import org.strat.stats.StatSubject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "pitching", mixinStandardHelpOptions = true,
        description = "Show one player's or card's season pitching line from the stat views.")
@Examples({
        "stratdb stats pitching --player 42",
        "Player 42's (sba) season pitching line."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED})
final class StatsPitchingCommand implements Callable<Integer> {

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
        PitchingSeason season = stats.withConnections(connections -> new SeasonLines(connections).pitching(subject));
        PrintWriter out = stats.out();
        if (json.enabled) {
            json.report().putAll(StatsJson.pitching(season));
            json.print(out);
        } else {
            SeasonText.pitching(season).forEach(out::println);
        }
        return ExitCodes.OK;
    }
}
