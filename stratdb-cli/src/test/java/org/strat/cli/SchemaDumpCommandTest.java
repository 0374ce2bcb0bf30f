package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.migrate.Migrations;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshDatabaseExtension.class)
class SchemaDumpCommandTest {

    @TempDir
    Path workingDirectory;

    @Test
    void theDumpGoesToTheFileNamedAndSaysHowItWasMade(TestDatabase database) throws IOException {
        Migrations.of(TestRevisions.context(database, "adoption")).upgrade("head");
        Path file = workingDirectory.resolve("schema.sql");

        CliRun run = CliRun.of(Map.of(), workingDirectory, "--url", database.url(), "schema-dump", "--no-pg-dump", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("Wrote the schema to " + file + " (from the catalog: pg_dump not used (--no-pg-dump)).");
        assertThat(Files.readString(file)).startsWith("-- Schema \"public\"").contains("CREATE MATERIALIZED VIEW standings AS");
    }

    @Test
    void withoutAFileTheDumpIsAllThatIsPrinted(TestDatabase database) {
        CliRun run = CliRun.of(Map.of(), workingDirectory, "--url", database.url(), "schema-dump", "--no-pg-dump");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("-- Schema \"public\"").contains("SET search_path = public;");
        assertThat(run.err()).isEmpty();
    }
}
