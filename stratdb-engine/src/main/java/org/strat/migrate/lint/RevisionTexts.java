package org.strat.migrate.lint;

import org.strat.migrate.revision.RevisionFile;

import java.util.Optional;

/**
 * Where the linter finds a revision file's text as written, for line numbers and file-wide acknowledgements.
 */
@FunctionalInterface
public interface RevisionTexts {

    /** The file's content, or empty when it is not known. */
    Optional<String> textOf(RevisionFile file);

    /**
     * The text each file was parsed from, which {@link RevisionFile} keeps: the same bytes the checksum is of, so
     * nothing is read or checksummed a second time.
     */
    static RevisionTexts parsed() {
        return file -> Optional.ofNullable(file.text());
    }

    /** No texts: findings carry no line numbers, and only acknowledgements inside statements count. */
    static RevisionTexts none() {
        return file -> Optional.empty();
    }
}
