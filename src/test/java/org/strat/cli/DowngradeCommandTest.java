package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The destructive-downgrade guard through the command line. */
@ExtendWith(FreshDatabaseExtension.class)
class DowngradeCommandTest {

    @TempDir
    Path workingDirectory;

    private CliRun run(TestDatabase database, String... args) {
        String[] all = Stream.concat(Stream.of("--url", database.url(), "--revisions-dir=" + TestRevisions.directory("linear")),
                Stream.of(args)).toArray(String[]::new);
        return CliRun.of(Map.of(), workingDirectory, all);
    }

    @Test
    void aDowngradeThatDropsRowsIsRefusedUntilConfirmed(TestDatabase database) {
        run(database, "upgrade", "head");

        CliRun run = run(database, "downgrade", "base");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("Error: Downgrade base would drop data, so nothing was run");
        assertThat(run.errLines().get(1)).isEqualTo("  -> table parks: 1 row(s)");
        assertThat(Sql.tables(database)).contains("parks", "teams");
    }

    @Test
    void confirmedTheDumpIsWrittenFirstAndItsPlaceIsPrinted(TestDatabase database) throws IOException {
        run(database, "upgrade", "head");
        Path dumps = workingDirectory.resolve("dumps");

        CliRun run = run(database, "downgrade", "base", "--yes", "--dump-dir", dumps.toString());

        assertThat(run.exitCode()).isZero();
        try (Stream<Path> files = Files.list(dumps)) {
            Path dump = files.findFirst().orElseThrow();
            assertThat(dump.getFileName().toString()).endsWith("-before-downgrade.sql");
            assertThat(Files.readString(dump)).contains("CREATE TABLE parks (");
            // Whether pg_dump or the catalog wrote it depends on the machine's pg_dump; the line says which.
            assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("Wrote the schema to " + dump + " (")
                    .endsWith("); now dropping, with --yes:");
            assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).isEqualTo("  -> table parks: 1 row(s)");
        }
        assertThat(run.out()).containsPattern("Reverted +001").contains("Database now at base (3 revision(s) reverted).");
    }
}
