package org.strat.cli;

import org.strat.migrate.command.CreateRevision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "revision", description = "Create a new, empty revision file on top of the current head.",
        mixinStandardHelpOptions = true)
final class RevisionCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does, e.g. \"add park factors\".")
    String message;

    @Override
    public Integer call() {
        CreateRevision.CreateRevisionResult result = new CreateRevision(root.offlineContext()).run(message);
        root.out().println("Created revision " + result.revision() + " on top of "
                + (result.downRevisions().isEmpty() ? "base" : String.join(" + ", result.downRevisions())) + ": " + result.file());
        root.out().println("Write its upgrade and downgrade SQL, then run \"stratdb upgrade head\".");
        return ExitCodes.OK;
    }
}
