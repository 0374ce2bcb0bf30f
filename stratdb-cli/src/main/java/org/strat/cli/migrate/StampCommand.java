package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.LockOptions;
import org.strat.cli.Output;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StratDb;
import org.strat.migrate.catalog.compare.SchemaComparison;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.stamp.DetectionResult;
import org.strat.migrate.stamp.StampResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Record a revision as applied without running it, after proving that the database schema is that revision's.")
@Examples({
        "stratdb stamp --detect",
        "Name the revision whose schema the database has; records nothing.",
        "stratdb stamp 005",
        "Record 005 as applied, after proving the schema is 005's.",
        "stratdb stamp head --json",
        "Record head, and print what was recorded as JSON."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED, ErrorCategory.LOCK_TIMEOUT}, no = "With --detect: no revision has this schema.")
public final class StampCommand implements Callable<Integer> {

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

    @Parameters(arity = "0..1", paramLabel = "TARGET", description = "head, base, or a revision id or unique prefix.")
    String target;

    @Option(names = "--force", description = "Record the revision even if the schema differs from it (the log notes \"forced\").")
    boolean force;

    @Option(names = "--detect", description = "Name the revision whose schema the database has (or the nearest and"
            + " its differences); records nothing. Exit code 1 when none matches.")
    boolean detect;

    @Option(names = "--scratch-schema", paramLabel = "NAME", description = "An existing empty schema to build revision"
            + " schemas in, for a user who may not create schemas. Default: a new schema, rolled back.")
    String scratchSchema;

    @Override
    public Integer call() {
        if (detect == (target != null)) {
            throw new ParameterException(spec.commandLine(), "Give a TARGET to stamp, or --detect, not both");
        }
        RevisionGraph graph = root.offline().context().graph();
        PrintWriter out = root.out();
        Map<String, Object> report = json.report();
        report.put("detect", detect);
        if (detect) {
            DetectionResult result = root.withDatabase(migrations -> migrations.withScratchSchema(scratchSchema).detect());
            if (json.enabled) {
                report.put("matched", result.matched());
                report.put("matches", result.matches());
                report.put("nearest", result.matched() ? null : result.nearest());
                report.put("nearest_differences", result.matched() ? List.of()
                        : SchemaComparison.describe(result.nearestDifferences(), "in " + result.nearest()));
                report.put("recorded", result.recorded());
                report.put("alembic_version", result.origin().alembicTable() ? result.origin().alembicVersions() : null);
                json.print(out);
            } else {
                printDetection(out, graph, result);
            }
            return result.matched() ? ExitCodes.OK : ExitCodes.NOT_AT_HEAD;
        }
        report.put("target", target);
        report.put("force", force);
        StampResult result = root.withDatabase(migrations -> migrations.withScratchSchema(scratchSchema).stamp(target, force));
        String name = result.revision() == null ? "base" : result.revision();
        if (json.enabled) {
            report.put("revision", name);
            report.put("differences", SchemaComparison.describe(result.differences(), "in " + name));
            report.put("recorded", result.recorded());
            report.put("removed", result.removed());
            report.put("changed", !result.recorded().isEmpty() || !result.removed().isEmpty());
            json.print(out);
            return ExitCodes.OK;
        }
        if (result.forced() && !result.differences().isEmpty()) {
            out.println("Stamped " + name + " with --force although the schema differs from it in "
                    + result.differences().size() + " way(s) (logged as \"forced\"):");
            lines(out, SchemaComparison.describe(result.differences(), "in " + name));
        } else {
            out.println("The schema matches " + label(graph, result.revision()) + "; the schema was not changed.");
        }
        if (result.recorded().isEmpty() && result.removed().isEmpty()) {
            out.println("Already recorded as " + name + ": nothing to write.");
        } else {
            out.println("Database now at " + name + " (recorded: " + Output.revisions(result.recorded())
                    + (result.removed().isEmpty() ? "" : "; no longer recorded: " + String.join(", ", result.removed())) + ").");
        }
        return ExitCodes.OK;
    }

    private static void printDetection(PrintWriter out, RevisionGraph graph, DetectionResult result) {
        if (result.origin().alembicSays() != null) {
            out.println(result.origin().alembicSays() + " (the original Python tool's version table).");
        }
        out.println("stratdb has recorded: " + (result.recorded().isEmpty() ? "nothing" : String.join(" + ", result.recorded())) + ".");
        if (result.matched()) {
            String revision = result.matches().get(result.matches().size() - 1);
            out.println("The schema is " + label(graph, revision)
                    + (result.matches().size() > 1 ? " (the same schema as " + String.join(", ", result.matches()) + ")" : "")
                    + ". Record it with \"stratdb stamp " + revision + "\".");
            return;
        }
        out.println("No revision has this schema. Nearest: " + label(graph, result.nearest()) + ", with "
                + result.nearestDifferences().size() + " difference(s):");
        lines(out, SchemaComparison.describe(result.nearestDifferences(), "in " + result.nearest()));
        if (result.recorded().isEmpty() && !result.nearest().equals("base")) {
            out.println("Make the schema a revision's, online, and record it with \"stratdb adopt\" (preview with"
                    + " \"stratdb adopt --sql\").");
        }
    }

    private static String label(RevisionGraph graph, String revision) {
        return revision == null || revision.equals("base") ? "base (no tables)" : "revision " + graph.get(revision).label();
    }

    private static void lines(PrintWriter out, List<String> lines) {
        lines.forEach(line -> out.println("  -> " + line));
    }
}
