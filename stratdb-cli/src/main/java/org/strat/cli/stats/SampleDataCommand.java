package org.strat.cli.stats;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.Heartbeat;
import org.strat.cli.JsonOutput;
import org.strat.cli.ProgressLines;
import org.strat.cli.StratDb;
import org.strat.cli.migrate.ProgressBar;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.model.League;
import org.strat.stats.ConnectionSource;
import org.strat.stats.sample.SampleData;
import org.strat.stats.sample.SampleDataProgress;
import org.strat.stats.sample.SampleDataRequest;
import org.strat.stats.sample.SampleDataResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
@Examples({
        "stratdb sample-data --games 100 --seed 7",
        "Add 100 simulated sba games; the same seed gives the same games.",
        "stratdb sample-data --games 20000 --league pd --json",
        "A large load of pd games (in one transaction), summary as JSON."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED})
public final class SampleDataCommand implements Callable<Integer> {

    /** About 80 million plays: more than a benchmark needs, and a typo (an extra zero or two) is caught before loading. */
    static final int MAX_GAMES = 1_000_000;

    @ParentCommand
    StratDb root;

    @Mixin
    DatabaseOptions database;

    @Mixin
    JsonOutput json;

    @Spec
    CommandSpec spec;

    @Option(names = "--games", paramLabel = "N", required = true, description = "How many complete games to add.")
    int games;

    @Option(names = "--seed", paramLabel = "S",
            description = "The seed: the same seed gives the same games. Default: a random one, printed so that it"
                    + " can be repeated.")
    Long seed;

    @Option(names = "--league", paramLabel = "sba|pd", defaultValue = "sba", converter = LeagueConverter.class,
            completionCandidates = LeagueConverter.Names.class,
            description = "sba (lineups name players) or pd (lineups name cards). Default: ${DEFAULT-VALUE}.")
    League league;

    @Override
    public Integer call() {
        if (games < 1 || games > MAX_GAMES) {
            throw new ParameterException(spec.commandLine(), "--games must be from 1 to " + MAX_GAMES + ", not " + games);
        }
        long chosenSeed = seed != null ? seed : ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> report = json.report();
        report.put("league", league.code());
        report.put("games_requested", games);
        report.put("seed", chosenSeed);
        SampleDataResult result = root.errIsTerminal() ? loadWithBar(chosenSeed, err) : loadWithLines(chosenSeed, err);
        if (result.inOneTransaction()) {
            err.printf(Locale.ROOT, "Rebuilt the indexes and foreign keys in %.1f s.%n", result.rebuildMs() / 1000.0);
            err.flush();
        }
        PrintWriter out = root.out();
        if (json.enabled) {
            report.put("games", result.games());
            report.put("plays", result.plays());
            report.put("lineups", result.lineups());
            report.put("roster_links", result.rosterLinks());
            report.put("duration_ms", result.durationMs());
            report.put("plays_per_second", result.playsPerSecond());
            report.put("one_transaction", result.inOneTransaction());
            report.put("rebuild_ms", result.inOneTransaction() ? result.rebuildMs() : null);
            json.print(out);
            return ExitCodes.OK;
        }
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

    private SampleDataResult loadWithBar(long chosenSeed, PrintWriter err) {
        ProgressBar progress = new ProgressBar(err);
        try {
            return load(chosenSeed, progress);
        } finally {
            progress.finish();
        }
    }

    private SampleDataResult loadWithLines(long chosenSeed, PrintWriter err) {
        ProgressLines progress = new ProgressLines(err, System::nanoTime);
        try (Heartbeat heartbeat = Heartbeat.start(err, progress::status)) {
            return load(chosenSeed, progress);
        } finally {
            progress.finish();
        }
    }

    private SampleDataResult load(long chosenSeed, SampleDataProgress progress) {
        return root.withDatabase(migrations -> new SampleData(ConnectionSource.of(migrations.context().connections().settings()))
                .load(new SampleDataRequest(games, chosenSeed, league), progress));
    }

    /** sba or pd, as the database spells them. */
    static final class LeagueConverter implements ITypeConverter<League> {

        /** The values shell completion offers, as they are typed. */
        static final class Names extends java.util.ArrayList<String> {
            Names() {
                super(List.of("sba", "pd"));
            }
        }

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
