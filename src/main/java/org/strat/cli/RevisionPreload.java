package org.strat.cli;

import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads and parses the revision files on a thread of its own while picocli builds its model from the command
 * line (together tens of milliseconds on a cold JVM, and a short command is made of little else). Only for the
 * place the revisions come from without {@code --revisions-dir} (STRAT_REVISIONS_DIR or the classpath): a run
 * that names another folder reads that one as usual, and this read is dropped.
 *
 * <p>As a {@link RevisionSource} it answers {@link #load()} with what that thread read, and throws what
 * reading threw, as the source itself would have.
 */
final class RevisionPreload implements RevisionSource {

    private final RevisionSource source;
    private final BackgroundTask<List<RevisionFile>> files;

    private RevisionPreload(RevisionSource source) {
        this.source = source;
        this.files = BackgroundTask.start("stratdb-revisions", "reading the revision files", source::load);
    }

    /** Starts reading for a command line that runs a subcommand; null when it cannot use the result. */
    static RevisionPreload start(String[] args, Map<String, String> environment, Path workingDirectory) {
        if (!Subcommands.runsOne(args) || mentionsRevisionsDirectory(args)) {
            return null;
        }
        return new RevisionPreload(StratDb.revisionSource(null, environment, workingDirectory));
    }

    private static boolean mentionsRevisionsDirectory(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--revisions-dir")) {
                return true;
            }
        }
        return false;
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
