package org.strat.cli.migrate;

import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StratDb;
import org.strat.migrate.Migrations;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.lint.LintFinding;
import org.strat.migrate.lint.LintResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "lint", description = "Check revision files for statements that would lock a busy table or lose data"
        + " (reads no database; exit code 1 when a finding is not acknowledged).", mixinStandardHelpOptions = true)
@Examples({
        "stratdb lint",
        "Check every revision file for statements that lock busy tables or lose data.",
        "stratdb lint --json",
        "The findings as JSON."})
@Exits(failures = {ErrorCategory.REFUSED}, no = "A finding is not acknowledged.")
public final class LintCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Mixin
    RevisionsOption revisionsDirectory;

    @Mixin
    JsonOutput json;


    @Override
    public Integer call() {
        Migrations migrations = root.offline();
        int fileCount = migrations.context().files().size();
        LintResult result = migrations.lint();
        PrintWriter out = root.out();
        if (json.enabled) {
            Map<String, Object> object = json.report();
            object.put("findings", result.findings().stream().map(LintCommand::toMap).toList());
            object.put("unacknowledged", result.unacknowledged().size());
            object.put("acknowledged", result.acknowledged().size());
            json.print(out);
        } else {
            result.findings().forEach(finding -> out.println(describe(finding)));
            out.println(summary(result, fileCount));
        }
        return result.hasUnacknowledged() ? ExitCodes.NOT_AT_HEAD : ExitCodes.OK;
    }

    static String describe(LintFinding finding) {
        return finding.location() + "  " + finding.ruleId() + "  " + finding.message() + " -> " + finding.fix()
                + (finding.acknowledged() ? "  (acknowledged: " + finding.acknowledgement() + ")" : "");
    }

    private static String summary(LintResult result, int fileCount) {
        if (result.findings().isEmpty()) {
            return "No findings in " + fileCount + " revision file(s).";
        }
        int open = result.unacknowledged().size();
        String counts = result.findings().size() + " finding(s) in " + fileCount + " revision file(s): " + open
                + " unacknowledged, " + result.acknowledged().size() + " acknowledged.";
        return open == 0 ? counts : counts + " Fix them, or accept one with \"-- lint-ok <rule-id>: <reason>\" on the"
                + " line above its statement.";
    }

    private static Map<String, Object> toMap(LintFinding finding) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("rule", finding.ruleId());
        object.put("revision", finding.revision());
        object.put("file", finding.fileName());
        object.put("line", finding.line() > 0 ? finding.line() : null);
        object.put("statement_number", finding.statementNumber());
        object.put("statement", finding.statement());
        object.put("message", finding.message());
        object.put("fix", finding.fix());
        object.put("acknowledged", finding.acknowledged());
        object.put("reason", finding.acknowledgement());
        return object;
    }
}
