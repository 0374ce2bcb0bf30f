package org.strat.migrate.state;

import org.strat.migrate.history.LogEntry;
import org.strat.migrate.history.RevisionProgress;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.session.ReadOnlySession;

import java.util.List;

/** Show the append-only log: every upgrade, downgrade, stamp and accepted edit, oldest first. */
public final class Log {

    private final MigrationContext context;

    public Log(MigrationContext context) {
        this.context = context;
    }

    /**
     * The log's rows, and the runs that stopped part-way with some statements of a revision outside a transaction
     * applied (in no row of the log until that revision completes); both empty for a database stratdb never wrote to.
     */
    public record LogResult(List<LogEntry> entries, List<RevisionProgress> incomplete) {

        public LogResult {
            entries = List.copyOf(entries);
            incomplete = List.copyOf(incomplete);
        }
    }

    public LogResult run() {
        return ReadOnlySession.run(context, "history --log",
                (connection, history) -> new LogResult(history.log(), history.progress()));
    }
}
