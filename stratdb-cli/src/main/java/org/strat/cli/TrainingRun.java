package org.strat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs several stratdb commands one after another in one JVM, as the distribution's build trains its class-data
 * archive (src/dist/build-distribution.sh): a JDK 25 AOT cache is recorded from one process, so the commands it
 * should cover must all run in that process. Not a user command; the build runs it with the distribution's own
 * runtime and class path.
 *
 * <p>Arguments: command groups separated by {@code --}. Each group is the exit code the command must end with,
 * optional {@code NAME=VALUE} environment settings for that command alone, then the command's own arguments:
 * <pre>
 *   0 upgrade head -- 0 current --json -- 0 STRAT_REVISIONS_DIR=/tmp/r upgrade head -- 5 current --url ...
 * </pre>
 * A command that ends with another exit code stops the run with exit code 1: a distribution whose commands do not
 * work is not trained, and not shipped.
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Path workingDirectory = Path.of("").toAbsolutePath();
        for (List<String> group : groups(args)) {
            int expected = Integer.parseInt(group.get(0));
            Map<String, String> environment = new HashMap<>(System.getenv());
            int first = 1;
            while (first < group.size() && group.get(first).matches("[A-Z_]+=.*")) {
                String setting = group.get(first++);
                environment.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
            String[] command = group.subList(first, group.size()).toArray(String[]::new);
            out.println("$ stratdb " + String.join(" ", command));
            int exitCode = Main.run(command, environment, workingDirectory, out, err);
            out.flush();
            err.flush();
            if (exitCode != expected) {
                err.println("training: 'stratdb " + String.join(" ", command) + "' exited " + exitCode
                        + ", expected " + expected + " (its output is above)");
                System.exit(1);
            }
        }
        System.exit(0);
    }

    private static List<List<String>> groups(String[] args) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--")) {
                groups.add(current);
                current = new ArrayList<>();
            } else {
                current.add(arg);
            }
        }
        groups.add(current);
        groups.removeIf(List::isEmpty);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("usage: TrainingRun EXIT [NAME=VALUE...] ARGS... [-- EXIT ARGS...]... ("
                    + Arrays.toString(args) + ")");
        }
        return groups;
    }
}
