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
import java.util.List;
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
        assertThat(run.errLines().get(0)).startsWith("Error: Downgrade base would remove data, so nothing was run");
        assertThat(run.errLines().get(1)).isEqualTo("  -> table parks: 1 row(s) (DROP TABLE parks, in 002_parks.sql)");
        assertThat(Sql.tables(database)).contains("parks", "teams");
    }

    @Test
    void confirmedTheDumpIsWrittenFirstAndItsPlaceIsPrinted(TestDatabase database) throws IOException {
        run(database, "upgrade", "head");
        Path dumps = workingDirectory.resolve("dumps");

        CliRun run = run(database, "downgrade", "base", "--yes", "--dump-dir", dumps.toString());

        assertThat(run.exitCode()).isZero();
        try (Stream<Path> files = Files.list(dumps)) {
            List<Path> written = files.sorted().toList();
            assertThat(written).hasSize(2);
            Path rows = written.get(0); // "-rows.sql" sorts first
            Path dump = written.get(1);
            assertThat(dump.getFileName().toString()).endsWith("-before-downgrade.sql");
            assertThat(rows.getFileName().toString()).endsWith("-before-downgrade-rows.sql");
            assertThat(Files.readString(dump)).contains("CREATE TABLE parks (");
            assertThat(Files.readString(rows)).contains("COPY stratdb_saved_").contains(".parks (");
            List<String> lines = run.out().lines().toList();
            assertThat(lines.get(0)).startsWith("Saved the rows of 1 table(s) to " + rows + "; \"psql -v ON_ERROR_STOP=1")
                    .contains("restores them into schema stratdb_saved_");
            // Whether pg_dump or the catalog wrote it depends on the machine's pg_dump; the line says which.
            assertThat(lines.get(1)).startsWith("Wrote the schema to " + dump + " (").endsWith("); now downgrading, with --yes:");
            assertThat(lines.get(2)).isEqualTo("  -> table parks: 1 row(s) (DROP TABLE parks, in 002_parks.sql)");
        }
        assertThat(run.out()).containsPattern("Reverted +001").contains("Database now at base (3 revision(s) reverted).");
    }
}
