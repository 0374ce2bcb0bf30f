package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.Output;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StratDb;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.history.RevisionProgress;
import org.strat.migrate.stamp.SchemaOrigin;
import org.strat.migrate.state.AheadRevision;
import org.strat.migrate.state.CurrentResult;
import org.strat.migrate.state.DatabaseAheadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "current", description = "Show the current revision of the database, and whether it is at head.",
        mixinStandardHelpOptions = true)
@Examples({
        "stratdb current",
        "Say which revision the database is at, and what is pending.",
        "stratdb current --check --quiet",
        "Exit 1 when the database is not at head (a deploy gate).",
        "stratdb current --json",
        "The same answer as one JSON object."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED}, no = "With --check: the database is not at head.")
public final class CurrentCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Mixin
    DatabaseOptions database;

    @Mixin
    RevisionsOption revisionsDirectory;

    @Mixin
    JsonOutput json;


    @Option(names = "--check", description = "Exit with code 1 when the database is not at head (for deploy scripts).")
    boolean check;

    @Override
    public Integer call() {
        Answer answer = root.withDatabase(migrations -> {
            CurrentResult current = migrations.current();
            return new Answer(current, current.current().isEmpty() ? migrations.origin() : null);
        });
        CurrentResult result = answer.result();
        PrintWriter out = root.out();
        if (json.enabled) {
            Map<String, Object> object = json.report();
            object.put("versioned", result.versioned());
            object.put("current", result.current());
            object.put("heads", result.heads());
            object.put("at_head", result.atHead());
            object.put("pending", result.pending());
            object.put("unknown", result.unknown());
            object.put("interrupted", result.interrupted().stream().map(CurrentCommand::toMap).toList());
            if (result.aheadOfCheckout()) {
                object.put("ahead_of_checkout", result.ahead().revisions().stream().map(CurrentCommand::toMap).toList());
                object.put("ahead_message", result.ahead().describe());
            }
            if (answer.adoptable()) {
                object.put("unrecorded_tables", answer.origin().applicationTables());
                object.put("alembic_version", answer.origin().alembicTable() ? answer.origin().alembicVersions() : null);
            }
            json.print(out);
        } else if (result.aheadOfCheckout()) {
            // The same one description, on standard error with exit 3, that every other command gives.
            throw new DatabaseAheadException(result.ahead());
        } else {
            out.println(answer.adoptable() ? adoptionHint(result, answer.origin()) : describe(result));
        }
        if (result.aheadOfCheckout()) {
            return ExitCodes.REFUSED;
        }
        return check && !result.atHead() ? ExitCodes.NOT_AT_HEAD : ExitCodes.OK;
    }

    private static Map<String, Object> toMap(AheadRevision revision) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("revision", revision.revision());
        object.put("file", revision.fileName());
        object.put("message", revision.message());
        object.put("date", revision.date());
        object.put("down_revisions", revision.downRevisions());
        object.put("applied_at", revision.appliedAt().toString());
        object.put("applied_by", revision.appliedBy());
        return object;
    }

    private static Map<String, Object> toMap(RevisionProgress run) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("revision", run.revision());
        object.put("direction", run.direction().sqlName());
        object.put("statements_done", run.statementsDone());
        object.put("statements", run.statements());
        object.put("failure", run.failure());
        return object;
    }

    private static String describe(CurrentResult result) {
        if (!result.versioned()) {
            return "base: this database has never been migrated by stratdb (no stratdb_revision table); "
                    + result.pending() + " revision(s) pending. Run \"stratdb upgrade head\".";
        }
        String revisions = Output.revisions(result.current());
        StringBuilder text = new StringBuilder(result.atHead() ? revisions + " (head)"
                : result.atHeadAsRecorded() ? revisions + " (head as recorded, but not all of it is in place)"
                : revisions + " (not at head " + Output.revisions(result.heads()) + ": " + result.pending()
                + " revision(s) pending; run \"stratdb upgrade head\")");
        // A run outside a transaction that stopped part-way left its statements applied: an upgrade resumes it,
        // but a downgrade's half stays until the downgrade is run again.
        for (RevisionProgress run : result.interrupted()) {
            text.append(". The ").append(run.direction().sqlName()).append(" of revision ").append(run.revision())
                    .append(" stopped part-way, with ").append(run.describeDone())
                    .append(" applied (they stay applied): run ").append(run.finishCommand())
                    .append(", which resumes where it stopped");
        }
        return text.toString();
    }

    // A database with tables but no revision recorded was built some other way; upgrading it would fail on the
    // first CREATE TABLE, so point at adopting it instead.
    private static String adoptionHint(CurrentResult result, SchemaOrigin origin) {
        String legacy = origin.alembicSays() == null ? "" : " (" + origin.alembicSays() + ")";
        return (result.versioned() ? "base: no revision is recorded for this database"
                : "base: this database has never been migrated by stratdb (no stratdb_revision table)")
                + ", but it already has " + origin.applicationTables() + " table(s)" + legacy + ": it was built without"
                + " stratdb. Run \"stratdb adopt\" to make its schema the closest revision's and record it (preview with"
                + " \"stratdb adopt --sql\"), then \"stratdb upgrade head\".";
    }

    /** What current found, with the signs of a database built without stratdb when nothing is recorded. */
    private record Answer(CurrentResult result, SchemaOrigin origin) {

        boolean adoptable() {
            return origin != null && (origin.applicationTables() > 0 || origin.alembicTable());
        }
    }
}
