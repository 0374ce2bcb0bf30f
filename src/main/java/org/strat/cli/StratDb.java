package org.strat.cli;

import org.strat.db.DatabaseTarget;
import org.strat.migrate.command.MigrationContext;
import org.strat.migrate.command.MigrationTimeouts;
import org.strat.migrate.revision.RevisionSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The top-level {@code stratdb} command: global options, and what subcommands share to reach the database.
 * Its subcommands are registered by {@link Main} from {@link Subcommands}.
 */
@Command(name = "stratdb",
        mixinStandardHelpOptions = true,
        version = "stratdb 0.1.0",
        description = "Versioned, reversible schema migrations for the strat gameplay database (PostgreSQL).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Success.",
                "1:Not at head / differences found.",
                "2:Invalid command line, settings or revision file.",
                "3:Refused: a revision failed, or the database or revision graph does not allow it.",
                "4:Internal error (run again with --verbose and report it).",
                "5:Cannot reach or start the database, or lost the connection to it.",
                "6:Timed out waiting for another migration's lock."},
        footerHeading = "%nConfiguration:%n",
        footer = {
                "  Database: --url, else STRAT_DATABASE_URL, else libpq's PG* variables",
                "  (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ...), else the",
                "  embedded PostgreSQL in the project's .strat (STRAT_EMBEDDED_DIR). The PG*",
                "  variables and ~/.pgpass also fill what a URL leaves out. An empty URL is an",
                "  error. Each command names its database on standard error (--quiet: not).%n"})
final class StratDb implements Runnable {

    static final String REVISIONS_VARIABLE = "STRAT_REVISIONS_DIR";

    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final RevisionPreload preload;
    private String knownPassword;

    StratDb(Map<String, String> environment, Path workingDirectory, RevisionPreload preload) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.preload = preload;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where relative paths given by the user (dump directories, revision folders) are resolved. */
    Path workingDirectory() {
        return workingDirectory;
    }

    boolean verbose() {
        return options.verbose;
    }

    /** The password of the resolved settings, so the error handler can scrub it from any message. */
    String knownPassword() {
        return knownPassword;
    }

    RevisionSource revisions() {
        if (options.revisionsDirectory == null && preload != null) {
            return preload;
        }
        return revisionSource(options.revisionsDirectory, environment, workingDirectory);
    }

    /** --revisions-dir, else STRAT_REVISIONS_DIR, else the revisions packaged on the classpath. */
    static RevisionSource revisionSource(Path option, Map<String, String> environment, Path workingDirectory) {
        Path directory = option;
        if (directory == null && environment.get(REVISIONS_VARIABLE) != null && !environment.get(REVISIONS_VARIABLE).isBlank()) {
            directory = Path.of(environment.get(REVISIONS_VARIABLE));
        }
        return directory == null ? RevisionSource.classpath() : RevisionSource.directory(workingDirectory.resolve(directory));
    }

    private MigrationTimeouts timeouts() {
        // Each was validated by SecondsOption while the command line was parsed.
        return new MigrationTimeouts(options.lockWait, options.lockTimeout, options.statementTimeout);
    }

    /** A context that never connects, for commands that read only the revision files. */
    MigrationContext offlineContext() {
        return MigrationContext.of(null, revisions()).withTimeouts(timeouts());
    }

    /** Runs the work with the database open (the embedded one is started now and stopped after, if unused). */
    <T> T withDatabase(Function<MigrationContext, T> work) {
        MigrationContext offline = offlineContext();
        offline.graph(); // revision files are checked before any server starts or connection opens
        DatabaseTarget.Choice choice = DatabaseTarget.choose(options.url, environment, workingDirectory);
        announce(choice);
        try (DatabaseTarget target = choice.open(this::notice)) {
            knownPassword = target.settings().password();
            MigrationContext context = offline.withSettings(target.settings()).withTimeouts(timeouts());
            return work.apply(context);
        }
    }

    /** The "Database: ..." line on standard error, so that nobody migrates a database without seeing which. */
    void announce(DatabaseTarget.Choice choice) {
        if (!options.quiet) {
            notice("Database: " + choice.description());
        }
    }

    void notice(String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }

    Map<String, String> environment() {
        return environment;
    }

    String urlOption() {
        return options.url;
    }
}
