package org.strat.cli;

import org.strat.migrate.autogen.Check;
import org.strat.migrate.autogen.CheckResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the models with the database at head, and list where they differ.",
        footerHeading = "%nFor CI:%n",
        footer = {"  Exit code 0 when they agree; 1 when they differ, or when the database is not",
                "  at head; 3 when an applied revision file was edited since it ran."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Override
    public Integer call() {
        CheckResult result = root.withDatabase(context -> new Check(context).run());
        PrintWriter out = root.out();
        if (!result.atHead()) {
            out.println(result.notAtHeadReason());
            return ExitCodes.NOT_AT_HEAD;
        }
        if (!result.hasDifferences()) {
            out.println("The models and the database at " + result.current() + " agree.");
            return ExitCodes.OK;
        }
        out.println("The database at " + result.current() + " differs from the models in " + result.differences().size()
                + " way(s) (\"here\" is the database):");
        result.differences().forEach(change -> out.println("  -> " + change.describe(Check.TARGET)));
        out.println("Generate the revision that closes the gap with \"stratdb revision --autogenerate -m <message>\","
                + " or change the models.");
        return ExitCodes.NOT_AT_HEAD;
    }
}
