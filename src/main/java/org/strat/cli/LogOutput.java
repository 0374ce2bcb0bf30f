package org.strat.cli;

import org.strat.migrate.history.LogEntry;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the append-only log for {@code history --log}. */
final class LogOutput {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final String ROW = "%6s  %-26s %-9s %-22s %-12s %-24s %8s  %s%n";

    private LogOutput() {
    }

    static void print(PrintWriter out, List<LogEntry> entries, boolean json) {
        if (json) {
            out.println(Json.write(entries.stream().map(LogOutput::toMap).toList()));
            return;
        }
        out.printf(ROW, "ID", "WHEN", "DIRECTION", "REVISION", "DB USER", "OS USER@HOST", "TIME", "NOTE");
        for (LogEntry entry : entries) {
            out.printf(ROW, entry.id(), WHEN.format(entry.loggedAt().atZoneSameInstant(ZoneId.systemDefault())),
                    entry.direction().sqlName(), entry.revision(), entry.databaseUser(),
                    (entry.osUser() == null ? "?" : entry.osUser()) + "@" + (entry.clientHost() == null ? "?" : entry.clientHost()),
                    entry.durationMs() + " ms", entry.note() == null ? "" : entry.note());
        }
        if (entries.isEmpty()) {
            out.println("(no entries: stratdb has not written to this database)");
        }
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
