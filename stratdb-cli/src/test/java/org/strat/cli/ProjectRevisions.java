package org.strat.cli;

import org.strat.testing.ClasspathFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the project's own revisions (001, 004_stat_views, 005_season_lines), for CLI tests that add or edit revision files. */
final class ProjectRevisions {

    private ProjectRevisions() {
    }

    static Path copyTo(Path target) {
        try {
            Path source = ClasspathFolder.of("db/revisions");
            Files.createDirectories(target);
            try (var files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
