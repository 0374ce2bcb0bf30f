package org.strat.migrate.lint;

import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads revision texts again from a {@link RevisionSource}: a directory source's directory, else the packaged
 * revisions on the classpath (the two kinds of source there are). A file that cannot be read is linted without
 * its text rather than failing the lint; RevisionDocument also drops a text whose checksum is not the parsed one.
 */
final class SourceRevisionTexts implements RevisionTexts {

    private final RevisionSource source;

    SourceRevisionTexts(RevisionSource source) {
        this.source = source;
    }

    @Override
    public Optional<String> textOf(RevisionFile file) {
        Path directory = source.directory();
        try {
            if (directory != null) {
                return Optional.of(Files.readString(directory.resolve(file.fileName()), StandardCharsets.UTF_8));
            }
            String resource = RevisionSource.CLASSPATH_LOCATION + "/" + file.fileName();
            try (InputStream in = SourceRevisionTexts.class.getClassLoader().getResourceAsStream(resource)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
