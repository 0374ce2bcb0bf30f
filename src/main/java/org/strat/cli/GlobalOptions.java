package org.strat.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.time.Duration;

/** Options every subcommand accepts, before or after its name. */
final class GlobalOptions {

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Database URL: postgresql://user:password@host:port/database or jdbc:postgresql://host:port/database."
                    + " Default: $STRAT_DATABASE_URL, else libpq's PG* variables (PGHOST, PGPORT, PGUSER, PGDATABASE, ...),"
                    + " else the embedded database in the project's .strat. An empty value is an error.")
    String url;

    @Option(names = "--revisions-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of revision files. Default: $STRAT_REVISIONS_DIR, else the revisions packaged with stratdb.")
    Path revisionsDirectory;

    @Option(names = "--lock-wait", scope = ScopeType.INHERIT, paramLabel = "SECONDS", defaultValue = "120",
            converter = SecondsOption.LockWait.class,
            description = "How long a writing command waits for another migration's lock before giving up. Default: ${DEFAULT-VALUE}.")
    Duration lockWait;

    @Option(names = "--lock-timeout", scope = ScopeType.INHERIT, paramLabel = "SECONDS", defaultValue = "5",
            converter = SecondsOption.LockTimeout.class,
            description = "PostgreSQL lock_timeout for revision SQL: a revision that waits longer for a busy table fails"
                    + " fast instead of queueing every query on that table behind it. Default: ${DEFAULT-VALUE}.")
    Duration lockTimeout;

    @Option(names = "--statement-timeout", scope = ScopeType.INHERIT, paramLabel = "SECONDS", defaultValue = "0",
            converter = SecondsOption.StatementTimeout.class,
            description = "PostgreSQL statement_timeout for revision SQL; 0 means none. Default: ${DEFAULT-VALUE}.")
    Duration statementTimeout;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Do not print the \"Database: ...\" line that names the database before a command works on it.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    boolean verbose;
}
