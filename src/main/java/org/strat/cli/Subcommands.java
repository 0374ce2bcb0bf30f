package org.strat.cli;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every subcommand of {@code stratdb}, in the order {@code --help} lists them.
 *
 * <p>picocli builds a command's whole model (every option of every subcommand, by reflection) when it is
 * registered, which took 100-150 ms per start with all of them; a run registers only the subcommand it invokes,
 * and all of them only when none is named (help, or a mistyped name that needs suggestions).
 */
final class Subcommands {

    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("upgrade", UpgradeCommand::new);
        ALL.put("plan", PlanCommand::new);
        ALL.put("downgrade", DowngradeCommand::new);
        ALL.put("redo", RedoCommand::new);
        ALL.put("current", CurrentCommand::new);
        ALL.put("history", HistoryCommand::new);
        ALL.put("heads", HeadsCommand::new);
        ALL.put("revision", RevisionCommand::new);
        ALL.put("merge", MergeCommand::new);
        ALL.put("check", CheckCommand::new);
        ALL.put("lint", LintCommand::new);
        ALL.put("adopt", AdoptCommand::new);
        ALL.put("stamp", StampCommand::new);
        ALL.put("accept-edit", AcceptEditCommand::new);
        ALL.put("schema-dump", SchemaDumpCommand::new);
        ALL.put("stats", StatsCommand::new);
        ALL.put("sample-data", SampleDataCommand::new);
        ALL.put("db", DbCommand::new);
        ALL.put("help", CommandLine.HelpCommand::new);
        ALL.put("completion", CompletionCommand::new);
    }

    /** Commands that describe the others, so they need every one registered. */
    private static final Set<String> ABOUT_THE_OTHERS = Set.of("help", "completion");

    /** Options accepted before the command name that take a value in the next argument (see EarlierPlacementOptions). */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of(DatabaseOptions.URL, RevisionsOption.NAME,
            LockOptions.LOCK_WAIT, LockOptions.LOCK_TIMEOUT, LockOptions.STATEMENT_TIMEOUT);

    private Subcommands() {
    }

    /** Whether these arguments name a subcommand to run (rather than only global options, help or a typo). */
    static boolean runsOne(String[] args) {
        return forArguments(args) != ALL;
    }

    /** The subcommands to register for these arguments: the one invoked, or all of them. */
    static Map<String, Supplier<Object>> forArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUES.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                Supplier<Object> invoked = ALL.get(arg);
                return invoked == null || ABOUT_THE_OTHERS.contains(arg) ? ALL : Map.of(arg, invoked);
            }
        }
        return ALL;
    }
}
