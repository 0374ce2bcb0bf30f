package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StratDb;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.plan.PlanResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "plan", description = "Show what an upgrade would do to this database, measured before it runs.",
        mixinStandardHelpOptions = true)
@Examples({
        "stratdb plan",
        "Show the locks, rewrites and estimated times of upgrading this database to head.",
        "stratdb plan +1 --json",
        "The same for the next revision only, as JSON."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED})
public final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Mixin
    DatabaseOptions database;

    @Mixin
    RevisionsOption revisionsDirectory;

    @Mixin
    JsonOutput json;

    @Parameters(arity = "0..1", defaultValue = "head", paramLabel = "TARGET",
            description = "head (default), heads, +N (the next N revisions), or a revision id or unique prefix.")
    String target;

    @Override
    public Integer call() {
        PlanResult plan = root.withDatabase(migrations -> migrations.plan(target));
        if (json.enabled) {
            json.report().putAll(PlanJson.toMap(plan));
            json.print(root.out());
        } else {
            print(root, plan);
        }
        return ExitCodes.OK;
    }

    static void print(StratDb root, PlanResult plan) {
        PlanText.print(root.out(), plan);
        root.out().flush();
    }
}
