package org.strat.cli;

import org.strat.cli.embedded.DatabaseTarget;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.session.MigrationTimeouts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The top-level {@code stratdb} command: global options, and what subcommands share to reach the database.
 * Its subcommands are registered by {@link Main} from {@link Subcommands}.
 */
@Command(name = "stratdb",
        mixinStandardHelpOptions = true,
        version = "stratdb 0.1.0",
        description = "Versioned, reversible schema migrations for the strat gameplay database (PostgreSQL).",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands (\"stratdb help COMMAND\" or \"stratdb COMMAND --help\" shows each one's options, examples and exit codes):%n",
        footerHeading = "%nConfiguration:%n",
        footer = {
                "  Database: --url, else STRAT_DATABASE_URL, else libpq's PG* variables",
                "  (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ...), else the",
                "  embedded PostgreSQL in the project's .strat (STRAT_EMBEDDED_DIR). The PG*",
                "  variables and ~/.pgpass also fill what a URL leaves out. An empty URL is an",
                "  error. Each command names its database on standard error (--quiet: not).",
                "  Options go after the command name (stratdb upgrade head --url URL); those",
                "  earlier releases took before it (--url, --revisions-dir, --lock-wait,",
                "  --lock-timeout, --statement-timeout, --quiet) are still accepted there.",
                "  Shell completion (bash and zsh): source <(stratdb completion)%n"})
public final class StratDb implements Callable<Integer> {

    static final String REVISIONS_VARIABLE = "STRAT_REVISIONS_DIR";

    @Mixin
    EarlierPlacementOptions earlierPlacement = new EarlierPlacementOptions();

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final RevisionSource preload;
    private final boolean errIsTerminal;
    private String knownPassword;

    StratDb(Map<String, String> environment, Path workingDirectory, RevisionSource preload, boolean errIsTerminal) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.preload = preload;
        this.errIsTerminal = errIsTerminal;
    }

    /** Whether progress may redraw a line in place (a terminal), or must print plain lines (a log, a pipe). */
    public boolean errIsTerminal() {
        return errIsTerminal;
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Bare {@code stratdb} is a mistake in a script (a variable that expanded to nothing): usage on stderr, exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where relative paths given by the user (dump directories, revision folders) are resolved. */
    public Path workingDirectory() {
        return workingDirectory;
    }

    boolean verbose() {
        return verbose;
    }

    /** The password of the resolved settings, so the error handler can scrub it from any message. */
    String knownPassword() {
        return knownPassword;
    }

    public RevisionSource revisions() {
        Path directory = option(RevisionsOption.NAME, null);
        if (directory == null && preload != null) {
            return preload;
        }
        return revisionSource(directory, environment, workingDirectory);
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
        MigrationTimeouts defaults = LockOptions.DEFAULTS;
        return new MigrationTimeouts(option(LockOptions.LOCK_WAIT, defaults.lockWait()),
                option(LockOptions.LOCK_TIMEOUT, defaults.lockTimeout()),
                option(LockOptions.STATEMENT_TIMEOUT, defaults.statementTimeout()));
    }

    /**
     * The value of an option as the command line gave it: after the command's name (the documented place), else
     * before it (where earlier releases took it), else {@code otherwise}.
     */
    private <T> T option(String name, T otherwise) {
        List<ParseResult> chain = invocation();
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).hasMatchedOption(name)) {
                return chain.get(i).matchedOptionValue(name, otherwise);
            }
        }
        return otherwise;
    }

    /** The parse results from stratdb down to the command that runs; empty before the command line is parsed. */
    private List<ParseResult> invocation() {
        List<ParseResult> chain = new ArrayList<>();
        for (ParseResult result = spec.commandLine().getParseResult(); result != null; result = result.subcommand()) {
            chain.add(result);
        }
        return chain;
    }

    /** Whether the command that runs reads the revision files (it takes --revisions-dir). */
    private boolean readsRevisions() {
        List<ParseResult> chain = invocation();
        return !chain.isEmpty() && chain.get(chain.size() - 1).commandSpec().findOption(RevisionsOption.NAME) != null;
    }

    /** The commands that never connect, for those that read only the revision files. */
    public Migrations offline() {
        return Migrations.of(MigrationContext.of(null, revisions()).withTimeouts(timeouts()));
    }

    /** Runs the work with the database open (the embedded one is started now and stopped after, if unused). */
    public <T> T withDatabase(Function<Migrations, T> work) {
        MigrationContext offline = offline().context();
        if (readsRevisions()) {
            offline.graph(); // revision files are checked before any server starts or connection opens
        }
        DatabaseTarget.Choice choice = DatabaseTarget.choose(urlOption(), environment, workingDirectory);
        announce(choice);
        try (DatabaseTarget target = choice.open(this::notice)) {
            knownPassword = target.settings().password();
            return work.apply(Migrations.of(offline.withSettings(target.settings()).withTimeouts(timeouts())));
        }
    }

    /** The "Database: ..." line on standard error, so that nobody migrates a database without seeing which. */
    void announce(DatabaseTarget.Choice choice) {
        if (!option(DatabaseOptions.QUIET, false)) {
            notice("Database: " + choice.description());
        }
    }

    public void notice(String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }

    public Map<String, String> environment() {
        return environment;
    }

    String urlOption() {
        return option(DatabaseOptions.URL, null);
    }
}
