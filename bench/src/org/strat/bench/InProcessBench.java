package org.strat.bench;

import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.connect.DatabaseSettingsResolver;

import java.util.ArrayList;
import java.util.List;

/**
 * The in-process half of {@code bench/run}: times the application's start-up check and the stat-view work in one
 * warm JVM and prints the results as rows of the benchmark's Markdown table.
 *
 * <p>Usage (bench/run compiles and starts it):
 * {@code java -cp CLASSES:target/stratdb.jar:target/lib/* org.strat.bench.InProcessBench --url URL --runs 11
 * --warmup 1 --games 1000,10000}. The database at URL must be at head with no games: this loads sample games into
 * it. Rows go to standard output, progress to standard error.
 */
public final class InProcessBench {

    private InProcessBench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        DatabaseSettings settings = new DatabaseSettingsResolver(System.getenv()).resolve(options.url())
                .orElseThrow(() -> new IllegalArgumentException("--url is required"));
        Report report = new Report(System.out);
        Measure measure = new Measure(options.warmup(), options.runs());
        new StartupBench(settings, measure, report).run();
        new StatsBench(settings, measure, report).run(options.games());
    }

    /** The command line: bench/run always passes every option. */
    record Options(String url, int runs, int warmup, List<Integer> games) {

        static Options parse(String[] args) {
            String url = null;
            int runs = 11;
            int warmup = 1;
            List<Integer> games = new ArrayList<>(List.of(1_000, 10_000));
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--url" -> url = args[i + 1];
                    case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                    case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                    case "--games" -> {
                        games.clear();
                        for (String level : args[i + 1].split(",")) {
                            games.add(Integer.parseInt(level.strip()));
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            games.sort(null);
            return new Options(url, runs, warmup, List.copyOf(games));
        }
    }
}
