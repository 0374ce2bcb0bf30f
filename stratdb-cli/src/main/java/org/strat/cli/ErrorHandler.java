package org.strat.cli;

import org.strat.migrate.connect.UrlMasking;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where failures become what a user sees: one line on standard error saying what happened and
 * what to do, an exit code from {@link ExitCodes}, a stack trace only with {@code --verbose}, and no password.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final StratDb root;
    private final Map<String, String> environment;

    ErrorHandler(StratDb root, Map<String, String> environment) {
        this.root = root;
        this.environment = environment;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String message = scrub(message(exception));
        err.println("Error: " + message);
        jsonOutput(parseResult).ifPresent(json -> json.printFailure(commandLine.getOut(), category(exception), message));
        if (root.verbose()) {
            java.io.StringWriter trace = new java.io.StringWriter();
            exception.printStackTrace(new PrintWriter(trace));
            err.print(scrub(trace.toString()));
        }
        err.flush();
        return exitCode(exception);
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        // Some picocli messages (argument groups) already start with "Error: ".
        String message = exception.getMessage().replaceAll("\\s+$", "").replaceFirst("^Error:\\s*", "");
        String line = UrlMasking.scrubSecretsOf(scrub(message) + (message.endsWith(".") ? "" : ".")
                + suggestion(exception) + " Run \"" + commandLine.getCommandSpec().qualifiedName() + " --help\" for usage.", args);
        err.println("Error: " + line);
        err.flush();
        if (Arrays.asList(args).contains("--json")) {
            // The command never ran, so there is nothing to report but the refusal; a script still reads JSON.
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("command", JsonOutput.commandName(commandLine.getCommandSpec()));
            failure.put("error", JsonOutput.error(ErrorCategory.SETTINGS, line));
            commandLine.getOut().println(Json.write(failure));
            commandLine.getOut().flush();
        }
        return ExitCodes.USAGE;
    }

    /** " Did you mean upgrade?" for a mistyped subcommand or option, as picocli would print on lines of its own. */
    private static String suggestion(ParameterException exception) {
        if (!(exception instanceof CommandLine.UnmatchedArgumentException unmatched)) {
            return "";
        }
        String notHere = optionOfOtherCommands(unmatched);
        if (notHere != null) {
            return " " + notHere + " is not an option of " + unmatched.getCommandLine().getCommandSpec().qualifiedName()
                    + ", which does not use it.";
        }
        if (!unmatched.getSuggestions().isEmpty()) {
            return " Did you mean " + String.join(" or ", unmatched.getSuggestions().stream().limit(3).toList()) + "?";
        }
        return "";
    }

    /** An option some other command takes (stratdb's own list of them), given to one that does not use it. */
    private static String optionOfOtherCommands(CommandLine.UnmatchedArgumentException unmatched) {
        CommandLine.Model.CommandSpec root = unmatched.getCommandLine().getCommandSpec().root();
        for (String argument : unmatched.getUnmatched()) {
            String name = argument.split("=", 2)[0];
            if (name.startsWith("-") && root.findOption(name) != null && root != unmatched.getCommandLine().getCommandSpec()) {
                return name;
            }
        }
        return null;
    }

    /** An explained failure's category decides; anything else escaped by mistake and is an internal error. */
    static int exitCode(Throwable exception) {
        return ExitCodes.of(category(exception));
    }

    private static ErrorCategory category(Throwable exception) {
        return exception instanceof StratDbException known ? known.category() : ErrorCategory.INTERNAL;
    }

    /** The --json of the command that failed, when it was given. */
    private static Optional<JsonOutput> jsonOutput(ParseResult parseResult) {
        ParseResult command = parseResult;
        while (command != null && command.subcommand() != null) {
            command = command.subcommand();
        }
        if (command == null) {
            return Optional.empty();
        }
        return command.commandSpec().mixins().values().stream().map(mixin -> mixin.userObject())
                .filter(JsonOutput.class::isInstance).map(JsonOutput.class::cast)
                .filter(json -> json.enabled).findFirst();
    }

    private static String message(Exception exception) {
        if (exitCode(exception) == ExitCodes.INTERNAL) {
            return "internal error: " + exception + ". Run again with --verbose and report it.";
        }
        return exception.getMessage();
    }

    /** No password in any output: the resolved one, PGPASSWORD's, and whatever the typed URLs hold in any shape. */
    private String scrub(String text) {
        String scrubbed = UrlMasking.scrub(text, root.knownPassword());
        scrubbed = UrlMasking.scrub(scrubbed, environment.get("PGPASSWORD"));
        return UrlMasking.scrubSecretsOf(scrubbed, root.urlOption(), environment.get("STRAT_DATABASE_URL"));
    }
}
