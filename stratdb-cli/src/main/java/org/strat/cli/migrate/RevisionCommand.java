package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StratDb;
import org.strat.db.ModelDdl;
import org.strat.migrate.autogen.AutogenerateResult;
import org.strat.migrate.autogen.Check;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.revision.CreateRevision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "revision", description = "Create a new revision file on top of the current head: empty, or with"
        + " --autogenerate the SQL that takes the database to the models.",
        mixinStandardHelpOptions = true)
@Examples({
        "stratdb revision -m \"add park factors\"",
        "Create an empty revision file on top of the head, to fill in.",
        "stratdb revision --autogenerate -m \"add park factors\"",
        "Write the SQL that takes the database (at head) to the models."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED})
public final class RevisionCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Mixin
    DatabaseOptions database;

    @Mixin
    RevisionsOption revisionsDirectory;

    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does, e.g. \"add park factors\".")
    String message;

    @Option(names = "--autogenerate", description = "Write the revision that takes the database (at head) to the"
            + " models' schema, with its downgrade; writes nothing when they agree. Review it and run \"stratdb lint\".")
    boolean autogenerate;

    @Override
    public Integer call() {
        if (autogenerate) {
            return autogenerate();
        }
        CreateRevision.CreateRevisionResult result = root.offline().revision(message);
        root.out().println("Created revision " + result.revision() + " on top of "
                + (result.downRevisions().isEmpty() ? "base" : String.join(" + ", result.downRevisions())) + ": " + result.file());
        root.out().println("Write its upgrade and downgrade SQL, then run \"stratdb upgrade head\".");
        return ExitCodes.OK;
    }

    private int autogenerate() {
        AutogenerateResult result = root.withDatabase(migrations -> migrations.autogenerate(message, ModelDdl.stratModels()));
        PrintWriter out = root.out();
        if (!result.written()) {
            out.println("No changes detected: the models and the database at " + result.parent() + " agree; nothing was written.");
            return ExitCodes.OK;
        }
        out.println("Generated revision " + result.revision() + " on top of " + result.parent() + ": " + result.file());
        out.println("It closes " + result.changes().size() + " difference(s) between the database and the models:");
        result.changes().forEach(change -> out.println("  -> " + change.describe(Check.TARGET)));
        out.println("Review it (renames show as a drop and an add), run \"stratdb lint\", then \"stratdb upgrade head\".");
        return ExitCodes.OK;
    }
}
