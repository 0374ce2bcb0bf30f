package org.strat.migrate.revision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Revision files in one directory of the file system. */
final class DirectoryRevisionSource implements RevisionSource {

    private final Path directory;

    DirectoryRevisionSource(Path directory) {
        this.directory = directory;
    }

    @Override
    public List<RevisionFile> load() {
        if (!Files.isDirectory(directory)) {
            throw new RevisionSourceException("The revisions directory " + directory
                    + " does not exist. Point STRAT_REVISIONS_DIR or --revisions-dir at the folder of revision files.");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".sql"))
                    .sorted()
                    .map(DirectoryRevisionSource::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    private static RevisionFile read(Path path) {
        try {
            return RevisionFileParser.parse(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RevisionSourceException("Cannot read revision file " + path + ": " + e.getMessage()
                    + ". Check its permissions.");
        }
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    @Override
    public Path directory() {
        return directory;
    }
}
