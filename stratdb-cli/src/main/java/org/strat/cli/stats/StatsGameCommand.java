package org.strat.cli.stats;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.stats.BoxScore;
import org.strat.stats.BoxScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "game", mixinStandardHelpOptions = true,
        description = "Show one game's box score from the stat views.")
@Examples({
        "stratdb stats game 3f0c6c8e-2b1a-4d2e-9a51-7d7f0b1f3c11",
        "Print that game's box score."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED})
final class StatsGameCommand implements Callable<Integer> {

    @ParentCommand
    StatsCommand stats;

    @Mixin
    DatabaseOptions database;

    @Mixin
    JsonOutput json;

    @Parameters(paramLabel = "GAME-ID", converter = GameIdConverter.class,
            description = "The game's id (games.id, a UUID).")
    UUID gameId;


    @Override
    public Integer call() {
        BoxScore box = stats.withConnections(connections -> new BoxScores(connections).of(gameId));
        PrintWriter out = stats.out();
        if (json.enabled) {
            json.report().putAll(StatsJson.boxScore(box));
            json.print(out);
        } else {
            BoxScoreText.lines(box).forEach(out::println);
        }
        return ExitCodes.OK;
    }

    /** Says what a game id looks like, where picocli's own converter would name a Java exception. */
    static final class GameIdConverter implements ITypeConverter<UUID> {
        @Override
        public UUID convert(String value) {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a game id: expected a UUID like"
                        + " 6f1c3a52-0000-4000-8000-000000000001");
            }
        }
    }
}
