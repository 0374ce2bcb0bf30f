package org.strat.cli;

import org.strat.migrate.command.DestructiveDowngradeGuard;
import org.strat.migrate.command.ProgressListener;
import org.strat.migrate.command.Redo;
import org.strat.migrate.command.RedoResult;
import org.strat.migrate.command.RevisionStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "redo", description = "Undo an applied revision with the downgrade it was applied with, then apply its"
        + " file as it is now.", mixinStandardHelpOptions = true)
final class RedoCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Parameters(arity = "0..1", paramLabel = "REVISION", description = "The revision to redo (an id or unique prefix);"
            + " default: the revision the database is at. Nothing may be applied above it.")
    String revision;

    @Option(names = "--yes", description = "Go on when the downgrade drops tables or columns that hold rows, after"
            + " writing a schema dump (the rows themselves are not saved).")
    boolean yes;

    @Option(names = "--dump-dir", paramLabel = "DIR", description = "Where --yes writes that schema dump."
            + " Default: .strat/dumps in the current directory.")
    Path dumpDirectory;

    @Override
    public Integer call() {
        PrintWriter out = root.out();
        DestructiveDowngradeGuard guard = yes
                ? DestructiveDowngradeGuard.dumpingFirst(DowngradeCommand.dumpFile(root, dumpDirectory),
                        loss -> DowngradeCommand.report(out, loss))
                : DestructiveDowngradeGuard.refusing();
        RedoResult result = root.withDatabase(context -> new Redo(context, guard).run(revision, new ProgressListener() {
            private int completed;

            @Override
            public void notice(String line) {
                out.println(line);
                out.flush();
            }

            @Override
            public void completed(RevisionStep step) {
                out.println(StepLines.line(completed++ == 0 ? "Reverted" : "Applied", step));
                out.flush();
            }
        }));
        out.println("Redone " + result.revision() + ": the database is at " + result.revision()
                + " as its file is now.");
        return ExitCodes.OK;
    }
}
