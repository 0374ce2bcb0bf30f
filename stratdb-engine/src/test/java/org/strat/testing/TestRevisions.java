package org.strat.testing;

import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Revision sets for engine tests: the folders under src/test/resources/revisions, or a copy to edit. */
public final class TestRevisions {

    private TestRevisions() {
    }

    public static Path directory(String scenario) {
        return ClasspathFolder.of("revisions/" + scenario);
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
