package org.strat.testing;

import org.strat.migrate.command.MigrationContext;
import org.strat.migrate.revision.RevisionSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Revision sets for engine tests: the folders under src/test/resources/revisions, or a copy to edit. */
public final class TestRevisions {

    private TestRevisions() {
    }

    public static Path directory(String scenario) {
        try {
            return Path.of(TestRevisions.class.getClassLoader().getResource("revisions/" + scenario).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MigrationContext context(TestDatabase database, String scenario) {
        return MigrationContext.of(database.settings(), RevisionSource.directory(directory(scenario)))
                .withLockWait(Duration.ofSeconds(5));
    }

    /** Copies a scenario into {@code target} so a test can add, edit or remove files. */
    public static Path copy(String scenario, Path target) {
        try (var files = Files.list(directory(scenario))) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
