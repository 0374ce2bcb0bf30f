package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StratDb;
import org.strat.db.ModelDdl;
import org.strat.migrate.autogen.Check;
import org.strat.migrate.autogen.CheckResult;
import org.strat.migrate.errors.ErrorCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the models with the database at head, and list where they differ.",
        footerHeading = "%nFor CI:%n",
        footer = {"  Run it after \"stratdb upgrade head\": exit code 0 says that the revisions",
                "  build exactly the schema the models describe. An applied revision file edited",
                "  since it ran is refused (see \"stratdb accept-edit\")."})
@Examples({
        "stratdb check",
        "Say whether the database at head matches the models (run in CI after \"stratdb upgrade head\").",
        "stratdb check --json",
        "The same answer, with every difference, as JSON."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED}, no = "The models and the database differ, or the database is not at head.")
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Mixin
    DatabaseOptions database;

    @Mixin
    RevisionsOption revisionsDirectory;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        CheckResult result = root.withDatabase(migrations -> migrations.check(ModelDdl.stratModels()));
        PrintWriter out = root.out();
        if (json.enabled) {
            Map<String, Object> report = json.report();
            report.put("passed", result.passed());
            report.put("current", result.position().current());
            report.put("heads", result.position().heads());
            report.put("at_head", result.atHead());
            report.put("not_at_head_reason", result.notAtHeadReason());
            // Not compared when not at head: the models describe head, so the list would mean nothing.
            report.put("differences", result.atHead() ? describe(result) : null);
            json.print(out);
        } else if (!result.atHead()) {
            out.println(result.notAtHeadReason());
        } else if (!result.hasDifferences()) {
            out.println("The models and the database at " + result.current() + " agree.");
        } else {
            out.println("The database at " + result.current() + " differs from the models in "
                    + result.differences().size() + " way(s) (\"here\" is the database):");
            describe(result).forEach(change -> out.println("  -> " + change));
            out.println("Generate the revision that closes the gap with \"stratdb revision --autogenerate -m <message>\","
                    + " or change the models.");
        }
        return result.passed() ? ExitCodes.OK : ExitCodes.NOT_AT_HEAD;
    }

    private static List<String> describe(CheckResult result) {
        return result.differences().stream().map(change -> change.describe(Check.TARGET)).toList();
    }
}
