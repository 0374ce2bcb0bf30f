package org.strat.cli;

import org.strat.migrate.command.OfflineSql;
import org.strat.migrate.command.Plan;
import org.strat.migrate.command.ProgressListener;
import org.strat.migrate.command.Upgrade;
import org.strat.migrate.command.UpgradeResult;
import org.strat.migrate.graph.Revision;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "upgrade", description = "Upgrade the database to a later revision.", mixinStandardHelpOptions = true)
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", defaultValue = "head", paramLabel = "TARGET",
            description = "head (default), heads, +N (the next N revisions), or a revision id or unique prefix;"
                    + " with --sql a range FROM:TO (e.g. 001:head).")
    String target;

    @Option(names = "--sql", description = "Print the SQL (bookkeeping included) instead of running it; connects to no database.")
    boolean sql;

    @Option(names = "--plan", description = "Print what the upgrade would do (as \"stratdb plan\" does) and run nothing.")
    boolean plan;

    @Override
    public Integer call() {
        PrintWriter out = root.out();
        if (plan && sql) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--plan and --sql cannot be combined: --plan"
                    + " measures the upgrade on this database, --sql prints its SQL without connecting. Give one.");
        }
        if (plan) {
            PlanCommand.print(root, root.withDatabase(context -> new Plan(context).run(target)), false);
            return ExitCodes.OK;
        }
        if (sql) {
            out.print(new OfflineSql(root.offlineContext()).upgrade(target));
            return ExitCodes.OK;
        }
        UpgradeResult result = root.withDatabase(context -> {
            BackgroundLint lint = BackgroundLint.start(context);
            return new Upgrade(context).run(target, ProgressListener.of(
                    path -> warnAboutLintFindings(lint, path),
                    step -> {
                        out.printf("Applied   %-24s %-44s %6d ms%n", step.revision(), Output.clip(step.message(), 44), step.durationMs());
                        out.flush();
                    }));
        });
        if (result.applied().isEmpty()) {
            out.println("Nothing to upgrade: the database is at " + Output.revisions(result.to()) + ".");
        } else {
            out.println("Database now at " + Output.revisions(result.to()) + " (" + result.applied().size()
                    + " revision(s) applied).");
        }
        return ExitCodes.OK;
    }

    /** Advice, not a refusal: one line per unacknowledged lint finding of the revisions about to be applied. */
    private void warnAboutLintFindings(BackgroundLint lint, List<Revision> path) {
        if (path.isEmpty()) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        // Every file is linted so that checks validated by applied ancestors are known; only those to apply report.
        lint.result().forRevisions(path.stream().map(Revision::id).toList())
                .unacknowledged().forEach(finding ->
                        err.println("Warning: " + finding.location() + " " + finding.ruleId() + ": " + finding.message()));
        err.flush();
    }
}
