package org.strat.cli;

import org.strat.migrate.command.Upgrade;
import org.strat.migrate.command.UpgradeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "upgrade", description = "Upgrade the database to a later revision.", mixinStandardHelpOptions = true)
final class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Parameters(arity = "0..1", defaultValue = "head", paramLabel = "TARGET",
            description = "head (default), heads, +N (the next N revisions), or a revision id or unique prefix.")
    String target;

    @Override
    public Integer call() {
        PrintWriter out = root.out();
        UpgradeResult result = root.withDatabase(context -> new Upgrade(context).run(target, step -> {
            out.printf("Applied   %-24s %-44s %6d ms%n", step.revision(), Output.clip(step.message(), 44), step.durationMs());
            out.flush();
        }));
        if (result.applied().isEmpty()) {
            out.println("Nothing to upgrade: the database is at " + Output.revisions(result.to()) + ".");
        } else {
            out.println("Database now at " + Output.revisions(result.to()) + " (" + result.applied().size()
                    + " revision(s) applied).");
        }
        return ExitCodes.OK;
    }
}
