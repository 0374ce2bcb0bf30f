package org.strat.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The {@code stratdb} entry point; the only place that exits the JVM.
 *
 * <p>Tests drive {@link #run} with their own environment, working directory and captured streams.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging(Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v"));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int exitCode = run(args, System.getenv(), Path.of("").toAbsolutePath(), out, err,
                Terminal.standardErrorIsTerminal(System.getenv()));
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** A run whose standard error is not a terminal (progress as plain lines), as a test captures it. */
    public static int run(String[] args, Map<String, String> environment, Path workingDirectory, PrintWriter out,
                          PrintWriter err) {
        return run(args, environment, workingDirectory, out, err, false);
    }

    public static int run(String[] args, Map<String, String> environment, Path workingDirectory, PrintWriter out,
                          PrintWriter err, boolean errIsTerminal) {
        return commandLine(args, environment, workingDirectory, out, err, errIsTerminal).execute(args);
    }

    static CommandLine commandLine(String[] args, Map<String, String> environment, Path workingDirectory, PrintWriter out,
                                   PrintWriter err, boolean errIsTerminal) {
        FastStart start = FastStart.begin(args, environment, workingDirectory);
        StratDb root = new StratDb(environment, workingDirectory, start.preloadedRevisions(), errIsTerminal);
        ErrorHandler errors = new ErrorHandler(root, environment);
        CommandLine commandLine = new CommandLine(root);
        start.subcommands().forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        CommandHelp.install(commandLine, true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        return commandLine;
    }

    /** The embedded server and the connection pool log through SLF4J; a CLI shows only problems unless asked. */
    private static void configureLogging(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
