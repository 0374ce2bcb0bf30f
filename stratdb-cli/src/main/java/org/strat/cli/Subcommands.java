package org.strat.cli;

import org.strat.cli.embedded.DbCommand;
import org.strat.cli.migrate.AcceptEditCommand;
import org.strat.cli.migrate.AdoptCommand;
import org.strat.cli.migrate.CheckCommand;
import org.strat.cli.migrate.CurrentCommand;
import org.strat.cli.migrate.DowngradeCommand;
import org.strat.cli.migrate.HeadsCommand;
import org.strat.cli.migrate.HistoryCommand;
import org.strat.cli.migrate.LintCommand;
import org.strat.cli.migrate.MergeCommand;
import org.strat.cli.migrate.PlanCommand;
import org.strat.cli.migrate.RedoCommand;
import org.strat.cli.migrate.RevisionCommand;
import org.strat.cli.migrate.SchemaDumpCommand;
import org.strat.cli.migrate.StampCommand;
import org.strat.cli.migrate.UpgradeCommand;
import org.strat.cli.stats.SampleDataCommand;
import org.strat.cli.stats.StatsCommand;
import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Every subcommand of {@code stratdb}, in the order {@code --help} lists them ({@link FastStart} picks which to register). */
final class Subcommands {

    static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

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
    static final Set<String> ABOUT_THE_OTHERS = Set.of("help", "completion");

    private Subcommands() {
    }
}
