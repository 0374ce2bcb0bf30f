package org.strat.cli;

import org.strat.migrate.history.LogEntry;
import org.strat.migrate.history.RevisionProgress;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the append-only log for {@code history --log}. */
public final class LogOutput {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final String ROW = "%6s  %-26s %-9s %-22s %-12s %-24s %8s  %s%n";

    private LogOutput() {
    }

    /** For {@code --json}: the entries in order, then the runs that stopped part-way (marked "incomplete"). */
    public static List<Map<String, Object>> toJson(List<LogEntry> entries, List<RevisionProgress> incomplete) {
        List<Map<String, Object>> objects = new ArrayList<>(entries.stream().map(LogOutput::toMap).toList());
        incomplete.stream().map(LogOutput::toMap).forEach(objects::add);
        return objects;
    }

    public static void print(PrintWriter out, List<LogEntry> entries, List<RevisionProgress> incomplete) {
        out.printf(ROW, "ID", "WHEN", "DIRECTION", "REVISION", "DB USER", "OS USER@HOST", "TIME", "NOTE");
        for (LogEntry entry : entries) {
            out.printf(ROW, entry.id(), WHEN.format(entry.loggedAt().atZoneSameInstant(ZoneId.systemDefault())),
                    entry.direction().sqlName(), entry.revision(), entry.databaseUser(),
                    (entry.osUser() == null ? "?" : entry.osUser()) + "@" + (entry.clientHost() == null ? "?" : entry.clientHost()),
                    entry.durationMs() + " ms", entry.note() == null ? "" : entry.note());
        }
        // A run that stopped part-way has no row of its own until its revision completes; say what it left.
        for (RevisionProgress run : incomplete) {
            out.printf(ROW, "-", WHEN.format(run.updatedAt().atZoneSameInstant(ZoneId.systemDefault())),
                    run.direction().sqlName(), run.revision(), run.dbUser(), "", "", describe(run));
        }
        if (entries.isEmpty() && incomplete.isEmpty()) {
            out.println("(no entries: stratdb has not written to this database)");
        }
    }

    private static String describe(RevisionProgress run) {
        String resumeAt = run.statementsDone() < run.statements() ? "statement " + (run.statementsDone() + 1) : "its bookkeeping";
        return "INCOMPLETE: " + run.describeDone() + " applied, run outside a transaction begun "
                + WHEN.format(run.startedAt().atZoneSameInstant(ZoneId.systemDefault()))
                + (run.failure() == null ? "; stopped (killed or still running)" : "; failed: " + run.failure())
                + "; \"stratdb " + run.direction().sqlName() + "\" resumes at " + resumeAt;
    }

    private static Map<String, Object> toMap(RevisionProgress run) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("incomplete", true);
        object.put("started_at", run.startedAt().toString());
        object.put("updated_at", run.updatedAt().toString());
        object.put("direction", run.direction().sqlName());
        object.put("revision", run.revision());
        object.put("checksum", run.checksum());
        object.put("db_user", run.dbUser());
        object.put("statements_done", run.statementsDone());
        object.put("statements", run.statements());
        object.put("failure", run.failure());
        return object;
    }

    private static Map<String, Object> toMap(LogEntry entry) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", entry.id());
        object.put("logged_at", entry.loggedAt().toString());
        object.put("direction", entry.direction().sqlName());
        object.put("revision", entry.revision());
        object.put("checksum", entry.checksum());
        object.put("db_user", entry.databaseUser());
        object.put("os_user", entry.osUser());
        object.put("client_host", entry.clientHost());
        object.put("duration_ms", entry.durationMs());
        object.put("note", entry.note());
        return object;
    }
}
