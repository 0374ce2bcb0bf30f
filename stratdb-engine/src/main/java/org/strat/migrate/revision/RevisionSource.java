package org.strat.migrate.revision;

import java.nio.file.Path;
import java.util.List;

/** Where revision files come from: a directory (what developers edit) or the classpath (what the application ships). */
public interface RevisionSource {

    /** The classpath folder the build packages revisions into. */
    String CLASSPATH_LOCATION = "db/revisions";

    /** Reads and parses every {@code *.sql} file, sorted by file name. */
    List<RevisionFile> load();

    /** Where the files are, for messages ("src/main/resources/db/revisions" or "classpath:db/revisions"). */
    String describe();

    /** A writable directory for new revision files, or null when the source cannot take new files. */
    Path directory();

    static RevisionSource classpath() {
        return new ClasspathRevisionSource(CLASSPATH_LOCATION);
    }

    static RevisionSource directory(Path directory) {
        return new DirectoryRevisionSource(directory);
    }
}
