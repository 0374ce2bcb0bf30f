package org.strat.cli.migrate;

import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StratDb;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.revision.CreateRevision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join two or more heads with a new, empty revision that builds on all of them.")
@Examples({
        "stratdb merge 7c1e0a 9f2b44 -m \"merge park factors and weather\"",
        "Join two heads with an empty revision on top of both."})
@Exits(failures = {ErrorCategory.REFUSED})
public final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Mixin
    RevisionsOption revisionsDirectory;

    @Parameters(arity = "2..*", paramLabel = "REVISION", description = "The revisions to join (ids or unique prefixes), usually the heads.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, required = true, description = "What the merge joins, e.g. \"merge park factors and weather\".")
    String message;

    @Override
    public Integer call() {
        CreateRevision.CreateRevisionResult result = root.offline().merge(revisions, message);
        root.out().println("Created merge revision " + result.revision() + " joining " + String.join(" + ", result.downRevisions())
                + ": " + result.file());
        root.out().println("It has no SQL of its own unless you add some; run \"stratdb upgrade head\".");
        return ExitCodes.OK;
    }
}
