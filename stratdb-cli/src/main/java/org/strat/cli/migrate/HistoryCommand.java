package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.LogOutput;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StratDb;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.state.HistoryEntry;
import org.strat.migrate.state.HistoryResult;
import org.strat.migrate.state.Log;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "history", description = "List every revision in order, applied or pending, with when, by whom and how long it took.",
        mixinStandardHelpOptions = true)
@Examples({
        "stratdb history",
        "List every revision, applied or pending, with when, by whom and how long.",
        "stratdb history --log --json",
        "Every upgrade, downgrade, stamp and accepted edit ever run, as JSON."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED})
public final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    @ParentCommand
    StratDb root;

    @Mixin
    DatabaseOptions database;

    @Mixin
    RevisionsOption revisionsDirectory;

    @Mixin
    JsonOutput json;


    @Option(names = "--log", description = "Print the append-only log instead: every upgrade, downgrade, stamp and"
            + " accepted edit, with when, by whom, from where and how long.")
    boolean log;

    @Override
    public Integer call() {
        if (log) {
            Log.LogResult result = root.withDatabase(migrations -> migrations.log());
            if (json.enabled) {
                json.report().put("log", LogOutput.toJson(result.entries(), result.incomplete()));
                json.print(root.out());
            } else {
                LogOutput.print(root.out(), result.entries(), result.incomplete());
            }
            return ExitCodes.OK;
        }
        HistoryResult result = root.withDatabase(migrations -> migrations.history());
        PrintWriter out = root.out();
        if (json.enabled) {
            json.report().put("revisions", result.entries().stream().map(HistoryCommand::toMap).toList());
            json.print(out);
            return ExitCodes.OK;
        }
        // Columns as wide as their longest value (at least the old fixed widths), so long ids stay aligned.
        String row = "%-" + width(result, 22, HistoryEntry::revision) + "s %-" + width(result, 12, HistoryCommand::parent)
                + "s %-8s %-26s %-12s %8s  %s%n";
        out.printf(row, "REVISION", "PARENT", "STATUS", "APPLIED AT", "BY", "TIME", "MESSAGE");
        for (HistoryEntry entry : result.entries()) {
            out.printf(row, entry.revision(), parent(entry),
                    entry.applied() ? "applied" : "pending",
                    entry.appliedAt() == null ? "" : WHEN.format(entry.appliedAt().atZoneSameInstant(ZoneId.systemDefault())),
                    entry.appliedBy() == null ? "" : entry.appliedBy(),
                    entry.durationMs() == null ? "" : entry.durationMs() + " ms",
                    (entry.message() == null ? "(message unknown)" : entry.message()) + markers(entry));
        }
        if (!result.ahead().isEmpty()) {
            out.println();
            out.println(result.ahead().describe());
        }
        return ExitCodes.OK;
    }

    /** The parents, "-" for a base revision, "?" for one the database applied without storing its text. */
    private static String parent(HistoryEntry entry) {
        if (entry.downRevisions().isEmpty()) {
            return entry.inFiles() || entry.message() != null ? "-" : "?";
        }
        return String.join(",", entry.downRevisions());
    }

    private static int width(HistoryResult result, int minimum, java.util.function.Function<HistoryEntry, String> column) {
        return Math.max(minimum, result.entries().stream().mapToInt(entry -> column.apply(entry).length()).max().orElse(0));
    }

    private static String markers(HistoryEntry entry) {
        if (!entry.inFiles()) {
            return entry.current() ? "  (current; not in the revision files)" : "  (not in the revision files)";
        }
        if (entry.current() && entry.head()) {
            return "  (current, head)";
        }
        return entry.current() ? "  (current)" : entry.head() ? "  (head)" : "";
    }

    private static Map<String, Object> toMap(HistoryEntry entry) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("revision", entry.revision());
        object.put("down_revisions", entry.downRevisions());
        object.put("message", entry.message());
        object.put("date", entry.date());
        object.put("file", entry.fileName());
        object.put("applied", entry.applied());
        object.put("applied_at", entry.appliedAt() == null ? null : entry.appliedAt().toString());
        object.put("applied_by", entry.appliedBy());
        object.put("duration_ms", entry.durationMs());
        object.put("current", entry.current());
        object.put("head", entry.head());
        object.put("in_revision_files", entry.inFiles());
        return object;
    }
}
