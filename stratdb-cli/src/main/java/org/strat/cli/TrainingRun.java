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
        System.exit(run(args, System.getenv(), Path.of("").toAbsolutePath(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true)));
    }

    /** Runs the command groups in order; 0 when each ended with its exit code, else 1 after the first that did not. */
    static int run(String[] args, Map<String, String> baseEnvironment, Path workingDirectory, PrintWriter out,
                   PrintWriter err) {
        for (List<String> group : groups(args)) {
            int expected = Integer.parseInt(group.get(0));
            Map<String, String> environment = new HashMap<>(baseEnvironment);
            int first = 1;
            while (first < group.size() && group.get(first).matches("[A-Z_]+=.*")) {
                String setting = group.get(first++);
                int equals = setting.indexOf('=');
                environment.put(setting.substring(0, equals), setting.substring(equals + 1));
            }
            String[] command = group.subList(first, group.size()).toArray(String[]::new);
            out.println("$ stratdb " + String.join(" ", command));
            int exitCode = Main.run(command, environment, workingDirectory, out, err);
            out.flush();
            err.flush();
            if (exitCode != expected) {
                err.println("training: 'stratdb " + String.join(" ", command) + "' exited " + exitCode
                        + ", expected " + expected + " (its output is above)");
                err.flush();
                return 1;
            }
        }
        return 0;
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
