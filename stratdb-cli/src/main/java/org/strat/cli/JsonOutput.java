package org.strat.cli;

import org.strat.migrate.errors.ErrorCategory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --json}: the command's result as one JSON document on standard output, and nothing else there (shapes
 * in docs/json.md). A command that works in steps records them in {@link #report()} as they happen, so that a
 * failure part-way is printed as what was done so far plus an {@code "error"} member (see {@link ErrorHandler}).
 */
public final class JsonOutput {

    @Option(names = "--json", description = "Print the result as JSON on standard output, failures included"
            + " (an \"error\" member); shapes in docs/json.md.")
    public boolean enabled;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Map<String, Object> report;

    /**
     * The object the command fills, starting with {@code "command"} (e.g. "upgrade", "stats refresh"); printed
     * whole by {@link #print} or, after a failure, by the error handler.
     */
    public Map<String, Object> report() {
        if (report == null) {
            report = new LinkedHashMap<>();
            report.put("command", commandName(command));
        }
        return report;
    }

    static String commandName(CommandSpec command) {
        return command.qualifiedName(" ").replaceFirst("^stratdb ?", "");
    }

    public void print(PrintWriter out) {
        out.println(Json.write(report()));
        out.flush();
    }

    /** What was done so far, and the failure: category, exit code and the same message standard error shows. */
    void printFailure(PrintWriter out, ErrorCategory category, String message) {
        report().put("error", error(category, message));
        print(out);
    }

    static Map<String, Object> error(ErrorCategory category, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("category", ExitCodes.jsonName(category));
        error.put("exit_code", ExitCodes.of(category));
        error.put("message", message);
        return error;
    }
}
