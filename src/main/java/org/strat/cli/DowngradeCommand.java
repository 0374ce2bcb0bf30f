package org.strat.cli;

import org.strat.migrate.command.DataLoss;
import org.strat.migrate.command.DestructiveDowngradeGuard;
import org.strat.migrate.command.Downgrade;
import org.strat.migrate.command.DowngradeResult;
import org.strat.migrate.command.OfflineSql;
import org.strat.migrate.command.SchemaDumpResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

@Command(name = "downgrade", description = "Downgrade the database to an earlier revision.", mixinStandardHelpOptions = true)
final class DowngradeCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

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
        if (sql) {
            root.out().print(new OfflineSql(root.offlineContext()).downgrade(target));
            return ExitCodes.OK;
        }
        PrintWriter out = root.out();
        DestructiveDowngradeGuard guard = yes
                ? DestructiveDowngradeGuard.dumpingFirst(dumpFile(root, dumpDirectory), loss -> report(out, loss))
                : DestructiveDowngradeGuard.refusing();
        DowngradeResult result = root.withDatabase(context -> new Downgrade(context, guard, fromFile).run(target,
                StepLines.reverting(out)));
        if (result.removed().isEmpty()) {
            out.println("Nothing to downgrade: the database is at " + Output.revisions(result.to()) + ".");
        } else {
            out.println("Database now at " + Output.revisions(result.to()) + " (" + result.removed().size()
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
