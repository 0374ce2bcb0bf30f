package org.strat.cli;

import org.strat.model.League;
import org.strat.stats.ConnectionSource;
import org.strat.stats.sample.SampleData;
import org.strat.stats.sample.SampleDataRequest;
import org.strat.stats.sample.SampleDataResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

@Command(name = "sample-data", mixinStandardHelpOptions = true,
        description = "Fill the database with simulated games (bulk-loaded, deterministic for a seed).",
        footerHeading = "%nLocking (a tool for local and benchmark databases):%n",
        footer = {"  When the games to add are at least half as many as the database holds, they",
                "  are loaded in one transaction that locks games, lineups, rolls, plays,",
                "  roster_links and game_cardset_links (ACCESS EXCLUSIVE: other sessions' reads",
                "  and writes of them wait), drops their foreign keys and plain indexes, and",
                "  rebuilds them after the COPY. It fails after 5 s if another session holds",
                "  one of those tables, and a failure loads nothing. Fewer games are loaded 100",
                "  at a time, each batch in its own transaction, locking nothing beyond the new",
                "  rows; a failure keeps the batches loaded before it."})
final class SampleDataCommand implements Callable<Integer> {

    /** About 80 million plays: more than a benchmark needs, and a typo (an extra zero or two) is caught before loading. */
    static final int MAX_GAMES = 1_000_000;

    @ParentCommand
    StratDb root;

    @Spec
    CommandSpec spec;

    @Option(names = "--games", paramLabel = "N", required = true, description = "How many complete games to add.")
    int games;

    @Option(names = "--seed", paramLabel = "S",
            description = "The seed: the same seed gives the same games. Default: a random one, printed so that it"
                    + " can be repeated.")
    Long seed;

    @Option(names = "--league", paramLabel = "sba|pd", defaultValue = "sba", converter = LeagueConverter.class,
            description = "sba (lineups name players) or pd (lineups name cards). Default: ${DEFAULT-VALUE}.")
    League league;

    @Override
    public Integer call() {
        if (games < 1 || games > MAX_GAMES) {
            throw new ParameterException(spec.commandLine(), "--games must be from 1 to " + MAX_GAMES + ", not " + games);
        }
        long chosenSeed = seed != null ? seed : ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        ProgressBar progress = new ProgressBar(spec.commandLine().getErr());
        SampleDataResult result;
        try {
            result = root.withDatabase(context -> new SampleData(ConnectionSource.of(context.connections().settings()))
                    .load(new SampleDataRequest(games, chosenSeed, league), progress));
        } finally {
            progress.finish();
        }
        PrintWriter out = root.out();
        out.printf(Locale.ROOT, "Loaded %,d %s games (seed %d): %,d plays and rolls, %,d lineup entries, %,d roster"
                        + " links in %.1f s: %,d plays/s.%n", result.games(), league.code(), result.seed(),
                result.plays(), result.lineups(), result.rosterLinks(), result.durationMs() / 1000.0,
                result.playsPerSecond());
        if (result.inOneTransaction()) {
            out.printf(Locale.ROOT, "Loaded in one transaction (the tables were locked meanwhile); rebuilding indexes"
                    + " and foreign keys took %.1f s of it.%n", result.rebuildMs() / 1000.0);
        }
        out.println("Run \"stratdb stats refresh\" to bring the stat views up to date.");
        return ExitCodes.OK;
    }

    /** sba or pd, as the database spells them. */
    static final class LeagueConverter implements ITypeConverter<League> {
        @Override
        public League convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "sba" -> League.SBA;
                case "pd" -> League.PD;
                default -> throw new TypeConversionException("expected sba or pd, not '" + value + "'");
            };
        }
    }
}
