package org.strat.cli;

import org.strat.migrate.command.Downgrade;
import org.strat.migrate.command.DowngradeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "downgrade", description = "Downgrade the database to an earlier revision.", mixinStandardHelpOptions = true)
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Parameters(paramLabel = "TARGET", description = "-N (undo the last N revisions), a revision id or unique prefix, or base (undo all).")
    String target;

    @Override
    public Integer call() {
        PrintWriter out = root.out();
        DowngradeResult result = root.withDatabase(context -> new Downgrade(context).run(target, step -> {
            out.printf("Reverted  %-24s %-44s %6d ms%n", step.revision(), Output.clip(step.message(), 44), step.durationMs());
            out.flush();
        }));
        if (result.removed().isEmpty()) {
            out.println("Nothing to downgrade: the database is at " + Output.revisions(result.to()) + ".");
        } else {
            out.println("Database now at " + Output.revisions(result.to()) + " (" + result.removed().size()
                    + " revision(s) reverted).");
        }
        return ExitCodes.OK;
    }
}
