package org.strat.migrate.lint;

import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionSource;

import java.util.Optional;

/**
 * Where the linter finds a revision file's text as written, for line numbers and file-wide acknowledgements
 * ({@link RevisionFile} keeps only the parsed statements).
 */
@FunctionalInterface
public interface RevisionTexts {

    /** The file's content, or empty when it cannot be read. */
    Optional<String> textOf(RevisionFile file);

    /** Reads the files from where the source read them: its directory, or the packaged revisions. */
    static RevisionTexts of(RevisionSource source) {
        return new SourceRevisionTexts(source);
    }

    /** No texts: findings carry no line numbers, and only acknowledgements inside statements count. */
    static RevisionTexts none() {
        return file -> Optional.empty();
    }
}
