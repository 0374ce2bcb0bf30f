package org.strat.cli;

import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds to every command's {@code --help} what the annotations picocli knows cannot say: its examples
 * ({@link Examples}) and the exit codes it can end with ({@link Exits}, numbered by {@link ExitCodes}), so that
 * no help text repeats an exit code by hand.
 */
final class CommandHelp {

    private static final String EXAMPLES = "examples";
    /** picocli's default usage width. */
    private static final int WIDTH = 80;

    private CommandHelp() {
    }

    /** Installs the sections in this command and every subcommand below it. */
    static void install(CommandLine command, boolean root) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        // A command written as a method (db start, db stop...) carries its annotations on the method.
        Object userObject = command.getCommandSpec().userObject();
        AnnotatedElement type = userObject instanceof Method method ? method : userObject.getClass();
        usage.exitCodeListHeading("%nExit codes:%n");
        usage.exitCodeList(root ? ExitCodes.all() : ExitCodes.of(exits(type)));
        Examples examples = type.getAnnotation(Examples.class);
        if (examples != null) {
            // On this command's own spec: CommandLine's setters would copy the keys to every subcommand.
            List<String> keys = new ArrayList<>(usage.sectionKeys());
            if (!keys.contains(EXAMPLES)) {
                keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING), EXAMPLES);
                usage.sectionKeys(keys);
            }
            usage.sectionMap().put(EXAMPLES, help -> render(examples));
        }
        command.getSubcommands().values().forEach(sub -> install(sub, false));
    }

    private static Exits exits(AnnotatedElement type) {
        Exits exits = type.getAnnotation(Exits.class);
        return exits != null ? exits : Nothing.class.getAnnotation(Exits.class);
    }

    static String render(Examples examples) {
        String[] lines = examples.value();
        if (lines.length % 2 != 0) {
            throw new IllegalStateException("@Examples takes pairs of a command line and its explanation");
        }
        StringBuilder text = new StringBuilder(String.format("%nExamples:%n"));
        for (int i = 0; i < lines.length; i += 2) {
            text.append("  ").append(lines[i]).append(System.lineSeparator());
            wrap(lines[i + 1], "      ", text);
        }
        return text.toString();
    }

    /** Word-wraps an explanation to the help's 80 columns; a command line is left whole, to be copied as it is. */
    private static void wrap(String explanation, String indent, StringBuilder text) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : explanation.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                text.append(line).append(System.lineSeparator());
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? " " : "").append(word);
        }
        text.append(line).append(System.lineSeparator());
    }

    /** The exits of a command that declares none: only the ones every command has. */
    @Exits
    private static final class Nothing {
    }
}
