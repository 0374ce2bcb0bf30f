package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.LockOptions;
import org.strat.cli.Main;
import org.strat.cli.Output;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StepJson;
import org.strat.cli.StratDb;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.guard.DataLoss;
import org.strat.migrate.guard.DestructiveDowngradeGuard;
import org.strat.migrate.run.Downgrade;
import org.strat.migrate.run.DowngradeResult;
import org.strat.migrate.schema.SchemaDumpResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "downgrade", description = "Downgrade the database to an earlier revision.", mixinStandardHelpOptions = true)
@Examples({
        "stratdb downgrade -1",
        "Undo the last revision (refused if it would drop data; see --yes).",
        "stratdb downgrade 004 --yes --dump-dir /backups --json",
        "Go back to 004, saving the rows it drops to /backups first; print what was reverted as JSON.",
        "stratdb downgrade head:base --sql",
        "Print the SQL that would undo every revision; connects to no database."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED, ErrorCategory.REVISION_FAILED, ErrorCategory.LOCK_TIMEOUT})
public final class DowngradeCommand implements Callable<Integer> {

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

    @Parameters(paramLabel = "TARGET", description = "-N (undo the last N revisions), a revision id or unique prefix, or base (undo all).")
    String target;

    @Option(names = "--yes", description = "Go on when the downgrade drops, empties or deletes from tables or columns"
            + " that hold rows, or runs SQL that cannot be read beforehand (a DO block), after saving those rows (every"
            + " table's, for unreadable SQL) to a file psql restores, and a schema dump.")
    boolean yes;

    @Option(names = "--dump-dir", paramLabel = "DIR", description = "Where --yes writes the rows and the schema dump, e.g. a volume"
            + " that outlives a deploy container. Default: .strat/dumps in the current directory.")
    Path dumpDirectory;

    @Option(names = "--from-file", description = "Run each revision's downgrade section from its file as it is now,"
            + " even when the file was edited since the revision was applied. Default: the downgrade the database"
            + " applied (stored with the revision).")
    boolean fromFile;

    @Option(names = "--sql", description = "Print the SQL of a FROM:TO range (e.g. head:001) instead of running it;"
            + " connects to no database.")
    boolean sql;

    @Override
    public Integer call() {
        Map<String, Object> report = json.report();
        report.put("target", target);
        report.put("dry_run", sql);
        if (sql) {
            String script = root.offline().downgradeSql(target);
            if (json.enabled) {
                report.put("sql", script);
                json.print(root.out());
            } else {
                root.out().print(script);
            }
            return ExitCodes.OK;
        }
        // With --json the lines go to standard error, which a deploy log keeps, and standard output stays JSON.
        PrintWriter lines = json.enabled ? root.err() : root.out();
        List<Map<String, Object>> reverted = new ArrayList<>();
        report.put("reverted", reverted);
        DestructiveDowngradeGuard guard = yes
                ? DestructiveDowngradeGuard.dumpingFirst(dumpFile(root, dumpDirectory), loss -> {
                    report.put("saved", StepJson.of(loss));
                    report(lines, loss);
                })
                : DestructiveDowngradeGuard.refusing();
        DowngradeResult result = root.withDatabase(migrations -> migrations.downgrade(target, guard, fromFile,
                StepLines.reverting(lines, step -> reverted.add(StepJson.of(step)))));
        if (json.enabled) {
            report.remove("reverted");
            report.put("from", result.from());
            report.put("to", result.to());
            report.put("reverted", reverted);
            json.print(root.out());
        } else if (result.removed().isEmpty()) {
            root.out().println("Nothing to downgrade: the database is at " + Output.revisions(result.to()) + ".");
        } else {
            root.out().println("Database now at " + Output.revisions(result.to()) + " (" + result.removed().size()
                    + " revision(s) reverted).");
        }
        return ExitCodes.OK;
    }

    // The default is resolved against the process's working directory: StratDb keeps the one Main was given to itself.
    static Path dumpFile(StratDb root, Path dumpDirectory) {
        Path directory = root.workingDirectory().resolve(dumpDirectory != null ? dumpDirectory : Path.of(".strat", "dumps"));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        return directory.toAbsolutePath().resolve(stamp + "-before-downgrade.sql");
    }

    static void report(PrintWriter out, DataLoss loss) {
        out.println("Saved the rows of " + loss.savedTables().size() + " table(s) to " + loss.rowsFile()
                + "; \"psql -v ON_ERROR_STOP=1 -d DATABASE -f " + loss.rowsFile() + "\" restores them into schema "
                + loss.rowsSchema() + ".");
        out.println("Wrote the schema to " + loss.dumpFile() + " ("
                + (loss.dumpMethod() == SchemaDumpResult.Method.PG_DUMP ? "pg_dump" : "from the catalog: " + loss.dumpNote())
                + "); now downgrading, with --yes:");
        loss.drops().forEach(drop -> out.println("  -> " + drop.describe()));
        loss.unreadable().forEach(statement -> out.println("  -> " + statement));
        out.flush();
    }
}
