package org.strat.cli.embedded;

import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.StratDb;
import org.strat.migrate.connect.InvalidSettingsException;
import org.strat.migrate.errors.ErrorCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code stratdb db}: the embedded database's server, for psql and applications between commands. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Start, stop and reach the embedded database (the default when no URL or PG* variable is set).")
public final class DbCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: usage on standard error, exit 2, as bare stratdb. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    private StratHome home() {
        return StratHome.locate(root.environment(), root.workingDirectory());
    }

    @Examples({"stratdb db start", "Start the embedded database so that psql or an application can use it between commands."})
    @Exits(failures = ErrorCategory.CONNECTION)
    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start the embedded database and keep it running until \"stratdb db stop\".")
    int start() {
        try (EmbeddedDatabase database = EmbeddedDatabase.open(home(), root.environment(), root::notice)) {
            database.keepRunning();
        }
        EmbeddedDatabase.Status status = EmbeddedDatabase.status(home());
        root.out().println("The embedded database in " + home().shown() + " runs (pid " + status.pid() + ", port "
                + status.port() + ") until \"stratdb db stop\". Its URL: \"stratdb db url\".");
        return ExitCodes.OK;
    }

    @Examples({"stratdb db stop", "Stop it, e.g. before deleting .strat or at the end of a working day."})
    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop the embedded database once no stratdb command uses it.")
    int stop() {
        EmbeddedDatabase.StopResult result = EmbeddedDatabase.stop(home(), root.environment(), root::notice);
        root.out().println(switch (result) {
            case STOPPED -> "Stopped the embedded database in " + home().shown() + ".";
            case NOT_RUNNING -> "The embedded database in " + home().shown() + " is not running.";
            case IN_USE -> "The embedded database in " + home().shown() + " is still used by another stratdb command;"
                    + " it stops when that command ends.";
        });
        return ExitCodes.OK;
    }

    @Examples({"stratdb db status", "Say whether it runs, on which port and socket, and how big it is."})
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Say whether the embedded database runs, where, on which port and socket, and its size.")
    int status() {
        EmbeddedDatabase.Status status = EmbeddedDatabase.status(home());
        PrintWriter out = root.out();
        if (!status.created()) {
            out.println("No embedded database in " + home().shown() + " yet: the first command without a URL creates it.");
            return ExitCodes.OK;
        }
        out.println((status.running() ? "running (pid " + status.pid() + (status.kept() ? ", kept by \"stratdb db start\")"
                : ", used by a command now)") : "stopped") + ": " + status.home().directory());
        out.println("  data:   " + status.home().directory().resolve("pgdata") + " (" + size(status.sizeBytes()) + ")");
        if (status.port() != null) {
            out.println("  port:   127.0.0.1:" + status.port() + (status.running() ? "" : " (at the last start)"));
        }
        if (status.socketDirectory() != null) {
            out.println("  socket: " + status.socketDirectory());
        }
        return ExitCodes.OK;
    }

    @Examples({"psql \"$(stratdb db url --libpq)\"", "Open psql on the running embedded database.",
            "stratdb db url --jdbc", "Print the JDBC URL to configure an application with."})
    @Command(name = "url", mixinStandardHelpOptions = true,
            description = "Print the libpq and JDBC URLs of the embedded database, for psql or an application.")
    int url(@Option(names = "--libpq", description = "Print only the libpq URL (for psql: psql \"$(stratdb db url --libpq)\").") boolean libpqOnly,
            @Option(names = "--jdbc", description = "Print only the JDBC URL.") boolean jdbcOnly) {
        EmbeddedDatabase.Urls urls = urls();
        PrintWriter out = root.out();
        if (libpqOnly || jdbcOnly) {
            out.println(libpqOnly ? urls.libpq() : urls.jdbc());
        } else {
            out.println("libpq: " + urls.libpq());
            out.println("JDBC:  " + urls.jdbc());
            out.println("The password is in " + urls.passwordFile() + " (only you can read it); a JVM finds it with"
                    + " -Dorg.postgresql.pgpassfile=" + urls.passFile() + ".");
        }
        if (!EmbeddedDatabase.status(home()).running()) {
            root.notice("The embedded database is not running: start it with \"stratdb db start\".");
        }
        return ExitCodes.OK;
    }

    private EmbeddedDatabase.Urls urls() {
        Optional<EmbeddedDatabase.Urls> urls = EmbeddedDatabase.urls(home());
        return urls.orElseThrow(() -> new InvalidSettingsException("No embedded database in " + home().shown()
                + " yet. Create and start it with \"stratdb db start\"."));
    }

    @Examples({"stratdb db psql -- -c \"select count(*) from games\"", "Run one query on the embedded database.",
            "stratdb db psql", "An interactive psql session (the server is started for it if needed)."})
    @Exits(failures = ErrorCategory.CONNECTION)
    @Command(name = "psql", mixinStandardHelpOptions = true,
            description = {"Open psql on the embedded database (started for the session unless it runs already).",
                    "Once psql has run, its own exit code is this command's (psql: 1 fatal, 2 connection lost, 3 script"
                            + " error); the codes below are for failing to get that far."})
    int psql(@Parameters(paramLabel = "PSQL_ARGUMENT", description = "Passed to psql, after \"--\" (e.g. -- -c \"show fsync\").")
             List<String> arguments) throws IOException, InterruptedException {
        Path psql = findPsql();
        try (EmbeddedDatabase database = EmbeddedDatabase.open(home(), root.environment(), root::notice)) {
            if (psql == null) {
                throw new InvalidSettingsException("psql is not installed (not on PATH). Connect with the URL that"
                        + " \"stratdb db url\" prints: " + urls().libpq());
            }
            List<String> command = new ArrayList<>(List.of(psql.toString(), urls().libpq()));
            if (arguments != null) {
                command.addAll(arguments);
            }
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        }
    }

    private static Path findPsql() {
        String path = System.getenv("PATH");
        for (String directory : (path == null ? "" : path).split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "psql");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String size(long bytes) {
        if (bytes < 0) {
            return "size unknown";
        }
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%d kB", bytes >> 10)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
