package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.LockOptions;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StratDb;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.state.AcceptEdit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "accept-edit", mixinStandardHelpOptions = true,
        description = "Accept the edited file of an applied revision as it now is, recording why in the log.")
@Examples({
        "stratdb accept-edit 003 -r \"comment typo only\"",
        "Accept the edited file of applied revision 003, logging why.",
        "stratdb accept-edit 003 -r \"comment typo only\" --json",
        "The same, saying as JSON whether the recorded checksum changed and from what to what."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED, ErrorCategory.LOCK_TIMEOUT})
public final class AcceptEditCommand implements Callable<Integer> {

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

    @Parameters(paramLabel = "REVISION", description = "The applied revision whose file was deliberately edited.")
    String revision;

    @Option(names = {"-r", "--reason"}, required = true, description = "Why the edit is safe; kept in stratdb_log.")
    String reason;

    @Override
    public Integer call() {
        Map<String, Object> report = json.report();
        report.put("target", revision);
        report.put("reason", reason);
        AcceptEdit.AcceptEditResult result = root.withDatabase(migrations -> migrations.acceptEdit(revision, reason));
        if (json.enabled) {
            report.put("revision", result.revision());
            report.put("file", result.fileName());
            report.put("changed", result.changed());
            report.put("previous_checksum", result.previousChecksum());
            report.put("checksum", result.checksum());
            json.print(root.out());
            return ExitCodes.OK;
        }
        root.out().println(result.changed()
                ? "Accepted the edited " + result.fileName() + " for revision " + result.revision() + " (logged with your reason)."
                : "Revision " + result.revision() + " already matches " + result.fileName() + "; nothing to accept.");
        return ExitCodes.OK;
    }
}
