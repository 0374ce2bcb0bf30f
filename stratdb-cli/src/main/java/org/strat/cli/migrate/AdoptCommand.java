package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.Json;
import org.strat.cli.JsonOutput;
import org.strat.cli.LockOptions;
import org.strat.cli.Output;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StratDb;
import org.strat.migrate.Migrations;
import org.strat.migrate.adopt.Adopt;
import org.strat.migrate.adopt.AdoptResult;
import org.strat.migrate.adopt.AdoptionStep;
import org.strat.migrate.catalog.compare.SchemaComparison;
import org.strat.migrate.errors.ErrorCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "adopt", mixinStandardHelpOptions = true,
        description = "Make the schema of a database built without stratdb identical to a revision's, online, then record that revision.")
@Examples({
        "stratdb adopt --sql",
        "Show what adopting this database built without stratdb would run; changes nothing.",
        "stratdb adopt",
        "Make its schema the closest revision's, online, and record that revision.",
        "stratdb adopt 003 --json",
        "Adopt revision 003 and print the steps run as JSON."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED, ErrorCategory.REVISION_FAILED, ErrorCategory.LOCK_TIMEOUT})
public final class AdoptCommand implements Callable<Integer> {

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

    @Parameters(arity = "0..1", paramLabel = "REVISION", description = "The revision to adopt. Default: the one whose"
            + " schema is closest to the database's (alembic_version breaks a tie).")
    String revision;

    @Option(names = "--sql", description = "Print the SQL adopt would run, and change nothing.")
    boolean sql;


    @Option(names = "--scratch-schema", paramLabel = "NAME", description = "An existing empty schema to build revision"
            + " schemas in, for a user who may not create schemas. Default: a new schema, rolled back.")
    String scratchSchema;

    @Override
    public Integer call() {
        PrintWriter out = root.out();
        AdoptResult result = root.withDatabase(all -> {
            Migrations migrations = all.withScratchSchema(scratchSchema);
            if (sql) {
                return migrations.adoptionPlan(revision);
            }
            return migrations.adopt(revision, step -> {
                if (!json.enabled) {
                    out.printf("Ran  %-88s %6d ms%n", Output.clip(step.step().purpose(), 88), step.durationMs());
                    out.flush();
                }
            });
        });
        if (json.enabled) {
            json.report().putAll(toJson(result));
            json.print(out);
        } else if (sql) {
            printSql(out, result);
        } else {
            out.println("Database now at " + result.revision() + ", adopted (" + result.choice() + "; "
                    + result.ran().size() + " step(s) run, recorded: " + Output.revisions(result.recorded())
                    + "). Run \"stratdb upgrade head\" to go on.");
        }
        return ExitCodes.OK;
    }

    private static void printSql(PrintWriter out, AdoptResult result) {
        out.println("-- stratdb adopt " + result.revision() + " (" + result.choice() + "): "
                + result.differences().size() + " difference(s), " + result.steps().size() + " step(s).");
        SchemaComparison.describe(result.differences(), "in " + result.revision()).forEach(line -> out.println("--   " + line));
        out.println("-- Each step commits on its own; adopt runs them under the migration lock with lock_timeout set,");
        out.println("-- then records " + result.revision() + " and its ancestors in stratdb_revision / stratdb_log.");
        for (AdoptionStep step : result.steps()) {
            out.println();
            out.println("-- " + step.purpose());
            out.print(step.sql());
        }
        if (result.steps().isEmpty()) {
            out.println("-- The schema is already " + result.revision() + "'s: only the bookkeeping would be written.");
        }
    }

    private static Map<String, Object> toJson(AdoptResult result) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("revision", result.revision());
        object.put("choice", result.choice());
        object.put("dry_run", result.dryRun());
        object.put("differences", SchemaComparison.describe(result.differences(), "in " + result.revision()));
        List<Map<String, Object>> steps = result.steps().stream().map(step -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("purpose", step.purpose());
            entry.put("sql", step.sql());
            result.ran().stream().filter(ran -> ran.step().equals(step)).findFirst()
                    .ifPresent(ran -> entry.put("duration_ms", ran.durationMs()));
            return entry;
        }).toList();
        object.put("steps", steps);
        object.put("recorded", result.recorded());
        return object;
    }
}
