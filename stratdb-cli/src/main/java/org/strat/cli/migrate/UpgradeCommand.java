package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.LockOptions;
import org.strat.cli.Output;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StepJson;
import org.strat.cli.StratDb;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.graph.Revision;
import org.strat.migrate.lint.LintResult;
import org.strat.migrate.plan.PlanResult;
import org.strat.migrate.run.ProgressListener;
import org.strat.migrate.run.Upgrade;
import org.strat.migrate.run.UpgradeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "upgrade", description = "Upgrade the database to a later revision.", mixinStandardHelpOptions = true)
@Examples({
        "stratdb upgrade head",
        "Apply every revision not applied yet (what a deploy runs).",
        "stratdb upgrade head --url postgresql://deploy@db.internal/strat --lock-wait 600 --json",
        "Deploy to that database, waiting up to 10 minutes for a running migration; print what was applied as JSON.",
        "stratdb upgrade 005:head --sql > upgrade.sql",
        "Write the SQL from 005 (where production is) to head, for a DBA to review or run with psql; connects to"
                + " no database."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED, ErrorCategory.REVISION_FAILED, ErrorCategory.LOCK_TIMEOUT})
public final class UpgradeCommand implements Callable<Integer> {

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

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", defaultValue = "head", paramLabel = "TARGET",
            description = "head (default), heads, +N (the next N revisions), or a revision id or unique prefix;"
                    + " with --sql a range FROM:TO (e.g. 001:head).")
    String target;

    @Option(names = "--sql", description = "Print the SQL (bookkeeping included) instead of running it; connects to no database.")
    boolean sql;

    @Option(names = "--plan", description = "Print what the upgrade would do (as \"stratdb plan\" does) and run nothing.")
    boolean plan;

    @Override
    public Integer call() {
        PrintWriter out = root.out();
        if (plan && sql) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--plan and --sql cannot be combined: --plan"
                    + " measures the upgrade on this database, --sql prints its SQL without connecting. Give one.");
        }
        Map<String, Object> report = json.report();
        report.put("target", target);
        report.put("dry_run", plan || sql);
        if (plan) {
            PlanResult result = root.withDatabase(migrations -> migrations.plan(target));
            if (json.enabled) {
                report.put("plan", PlanJson.toMap(result));
                json.print(out);
            } else {
                PlanCommand.print(root, result);
            }
            return ExitCodes.OK;
        }
        if (sql) {
            String script = root.offline().upgradeSql(target);
            if (json.enabled) {
                report.put("sql", script);
                json.print(out);
            } else {
                out.print(script);
            }
            return ExitCodes.OK;
        }
        // With --json the lines go to standard error, which a deploy log keeps, and standard output stays JSON.
        PrintWriter lines = json.enabled ? root.err() : out;
        List<Map<String, Object>> applied = new ArrayList<>();
        report.put("applied", applied);
        UpgradeResult result = root.withDatabase(migrations -> {
            Supplier<LintResult> lint = migrations::lint;
            return migrations.upgrade(target, ProgressListener.of(
                    path -> warnAboutLintFindings(lint, path),
                    step -> {
                        applied.add(StepJson.of(step));
                        lines.printf("Applied   %-24s %-44s %6d ms%n", step.revision(), Output.clip(step.message(), 44), step.durationMs());
                        lines.flush();
                    }));
        });
        if (json.enabled) {
            report.remove("applied");
            report.put("from", result.from());
            report.put("to", result.to());
            report.put("applied", applied);
            json.print(out);
        } else if (result.applied().isEmpty()) {
            out.println("Nothing to upgrade: the database is at " + Output.revisions(result.to()) + ".");
        } else {
            out.println("Database now at " + Output.revisions(result.to()) + " (" + result.applied().size()
                    + " revision(s) applied).");
        }
        return ExitCodes.OK;
    }

    /** Advice, not a refusal: one line per unacknowledged lint finding of the revisions about to be applied. */
    private void warnAboutLintFindings(Supplier<LintResult> lint, List<Revision> path) {
        if (path.isEmpty()) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        // Every file is linted so that checks validated by applied ancestors are known; only those to apply report.
        lint.get().forRevisions(path.stream().map(Revision::id).toList())
                .unacknowledged().forEach(finding ->
                        err.println("Warning: " + finding.location() + " " + finding.ruleId() + ": " + finding.message()));
        err.flush();
    }
}
