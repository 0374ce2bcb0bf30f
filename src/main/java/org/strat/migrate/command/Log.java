package org.strat.migrate.command;

import org.strat.migrate.history.LogEntry;

import java.util.List;

/** Show the append-only log: every upgrade, downgrade, stamp and accepted edit, oldest first. */
public final class Log {

    private final MigrationContext context;

    public Log(MigrationContext context) {
        this.context = context;
    }

    /** The log's rows; empty for a database stratdb never wrote to. */
    public record LogResult(List<LogEntry> entries) {

        public LogResult {
            entries = List.copyOf(entries);
        }
    }

    public LogResult run() {
        return ReadOnlySession.run(context, "history --log", (connection, history) -> new LogResult(history.log()));
    }
}
