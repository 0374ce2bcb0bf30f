package org.strat.cli;

import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Every start-up trick of the command line, in one place. A command is mostly JVM start-up, so each trick was
 * measured whole-process, with and without it (alternated runs, medians and paired ratios, on the 2-core build
 * machine under load 10-13; {@code STRAT_JAVA_OPTS=-Dstratdb.fastStart.off=NAME ./stratdb ...} turns one off to
 * measure it again), and only those that save 20 ms or more stay:
 * <ul>
 *   <li>{@code lazy}: register only the subcommand invoked, and all of them only for help, completion or a
 *       mistyped name that needs suggestions: picocli builds a command's whole model by reflection when it is
 *       registered. {@code current}: 1.37 s to 1.13 s of CPU (median of 15 pairs, ratio 0.81).</li>
 *   <li>{@code preload}: read and parse the revision files on a thread of their own while picocli builds its
 *       model; only where revisions come from without {@code --revisions-dir}. {@code current}: wall-clock ratio
 *       0.88 (median of 20 pairs), the same CPU.</li>
 * </ul>
 * Dropped, not measurable (paired ratio within 0.97-1.03 and CPU unchanged): the warm-up of the calendar data
 * pgjdbc initializes (20 pairs), and linting on a background thread while {@code upgrade} connects (12 pairs of a
 * 4-revision upgrade); upgrade now lints only when it has revisions to apply. The launcher's JVM options are
 * measured in {@code src/dist/bin/stratdb}.
 *
 * <p>This is also the one reading of the command line before picocli's, so it must know which options take a
 * value in the next argument.
 */
public final class FastStart {

    /** Options accepted before the command name that take a value in the next argument (see EarlierPlacementOptions). */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of(DatabaseOptions.URL, RevisionsOption.NAME,
            LockOptions.LOCK_WAIT, LockOptions.LOCK_TIMEOUT, LockOptions.STATEMENT_TIMEOUT);
    private static final Set<String> OFF = Set.of(System.getProperty("stratdb.fastStart.off", "").split(","));

    private final String subcommand;
    private final boolean revisionsDirectoryGiven;
    private final RevisionSource preloaded;

    private FastStart(String[] args, Map<String, String> environment, Path workingDirectory) {
        String invoked = null;
        boolean revisionsDirectory = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            revisionsDirectory |= arg.startsWith(RevisionsOption.NAME);
            if (OPTIONS_WITH_VALUES.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-") && invoked == null) {
                invoked = arg;
            }
        }
        // help and completion describe the others, so they need every one registered.
        this.subcommand = invoked != null && Subcommands.ALL.containsKey(invoked)
                && !Subcommands.ABOUT_THE_OTHERS.contains(invoked) ? invoked : null;
        this.revisionsDirectoryGiven = revisionsDirectory;
        this.preloaded = subcommand != null && !revisionsDirectoryGiven && on("preload")
                ? new RevisionPreload(StratDb.revisionSource(null, environment, workingDirectory)) : null;
    }

    /** Reads the command line and starts what runs beside picocli's parse. */
    static FastStart begin(String[] args, Map<String, String> environment, Path workingDirectory) {
        return new FastStart(args, environment, workingDirectory);
    }

    /** The subcommands to register: the one invoked, or all of them. */
    Map<String, Supplier<Object>> subcommands() {
        return subcommand == null || !on("lazy") ? Subcommands.ALL : Map.of(subcommand, Subcommands.ALL.get(subcommand));
    }

    /** The revision files being read already, or null: the caller reads them itself. */
    RevisionSource preloadedRevisions() {
        return preloaded;
    }

    private static boolean on(String trick) {
        return !OFF.contains(trick);
    }

    /**
     * A revision source whose files are read on a thread of its own; it answers {@link #load()} with what that
     * thread read, and throws what reading threw, as the source itself would have.
     */
    private static final class RevisionPreload implements RevisionSource {

        private final RevisionSource source;
        private final BackgroundTask<List<RevisionFile>> files;

        RevisionPreload(RevisionSource source) {
            this.source = source;
            this.files = new BackgroundTask<>("stratdb-revisions", "reading the revision files", source::load);
        }

        @Override
        public List<RevisionFile> load() {
            return files.result();
        }

        @Override
        public String describe() {
            return source.describe();
        }

        @Override
        public Path directory() {
            return source.directory();
        }
    }

    /**
     * Work started on a daemon thread when a command begins, whose result the command waits for later; a command
     * that ends without asking does not wait. What the work threw is thrown by {@link #result()}.
     */
    private static final class BackgroundTask<T> {

        private final FutureTask<T> task;
        private final String what;

        BackgroundTask(String threadName, String what, Callable<T> work) {
            this.task = new FutureTask<>(work);
            this.what = what;
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        }

        T result() {
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(what + " failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while " + what, e);
            }
        }
    }
}
