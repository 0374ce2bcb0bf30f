package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.LockOptions;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StepJson;
import org.strat.cli.StratDb;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.guard.DestructiveDowngradeGuard;
import org.strat.migrate.run.ProgressListener;
import org.strat.migrate.run.Redo;
import org.strat.migrate.run.RedoResult;
import org.strat.migrate.run.RevisionStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "redo", description = "Undo an applied revision with the downgrade it was applied with, then apply its"
        + " file as it is now.", mixinStandardHelpOptions = true)
@Examples({
        "stratdb redo",
        "Undo the revision the database is at and apply its file again (after editing it during development).",
        "stratdb redo 006 --json",
        "Redo revision 006 and print both steps as JSON."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED, ErrorCategory.REVISION_FAILED, ErrorCategory.LOCK_TIMEOUT})
public final class RedoCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Mixin
    DatabaseOptions database;

    @Mixin
    RevisionsOption revisionsDirectory;

    @Mixin
    LockOptions locks;

    @Mixin
    JsonOutput json;

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
        // With --json the lines go to standard error, which a deploy log keeps, and standard output stays JSON.
        PrintWriter lines = json.enabled ? root.err() : root.out();
        Map<String, Object> report = json.report();
        report.put("revision", revision);
        DestructiveDowngradeGuard guard = yes
                ? DestructiveDowngradeGuard.dumpingFirst(DowngradeCommand.dumpFile(root, dumpDirectory), loss -> {
                    report.put("saved", StepJson.of(loss));
                    DowngradeCommand.report(lines, loss);
                })
                : DestructiveDowngradeGuard.refusing();
        RedoResult result = root.withDatabase(migrations -> migrations.redo(revision, guard, new ProgressListener() {
            private int completed;

            @Override
            public void notice(String line) {
                lines.println(line);
                lines.flush();
            }

            @Override
            public void completed(RevisionStep step) {
                boolean reverting = completed++ == 0;
                report.put(reverting ? "reverted" : "applied", StepJson.of(step));
                lines.println(StepLines.line(reverting ? "Reverted" : "Applied", step));
                lines.flush();
            }
        }));
        if (json.enabled) {
            report.put("revision", result.revision());
            json.print(root.out());
        } else {
            root.out().println("Redone " + result.revision() + ": the database is at " + result.revision()
                    + " as its file is now.");
        }
        return ExitCodes.OK;
    }
}
