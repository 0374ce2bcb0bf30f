package org.strat.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** stratdb check, for CI: the project's models against a database migrated with the project's revisions. */
@ExtendWith(FreshDatabaseExtension.class)
class CheckCommandTest {

    @TempDir
    Path workingDirectory;

    private Path revisions;

    @BeforeEach
    void copyRevisions() {
        revisions = ProjectRevisions.copyTo(workingDirectory.resolve("revisions"));
    }

    private CliRun run(TestDatabase database, String... args) {
        String[] all = Stream.concat(Stream.of("--url", database.url(), "--revisions-dir=" + revisions), Stream.of(args))
                .toArray(String[]::new);
        return CliRun.of(Map.of(), workingDirectory, all);
    }

    @Test
    void atHeadTheModelsAndTheDatabaseAgreeAndCheckExits0Quietly(TestDatabase database) {
        run(database, "upgrade", "head");

        CliRun run = run(database, "check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("The models and the database at 006_play_rules agree.\n");
        assertThat(run.err()).as("Hibernate's start-up logging").isEmpty();
    }

    @Test
    void eachDifferenceIsPrintedOnItsOwnLineAndCheckExits1(TestDatabase database) {
        run(database, "upgrade", "head");
        Sql.execute(database, "ALTER TABLE games DROP COLUMN allow_spectators; ALTER TABLE plays ADD COLUMN weather text;"
                + " ALTER TABLE rolls ALTER COLUMN context SET NOT NULL");

        CliRun run = run(database, "check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_AT_HEAD);
        assertThat(run.out().lines()).containsExactly(
                "The database at 006_play_rules differs from the models in 3 way(s) (\"here\" is the database):",
                "  -> games.allow_spectators: missing",
                "  -> plays.weather: not in the models",
                "  -> rolls.context: NOT NULL here, nullable in the models",
                "Generate the revision that closes the gap with \"stratdb revision --autogenerate -m <message>\","
                        + " or change the models.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void belowHeadCheckSaysWhatToRunAndExits1(TestDatabase database) {
        run(database, "upgrade", "001");

        CliRun run = run(database, "check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_AT_HEAD);
        assertThat(run.out().lines()).containsExactly("The database is at 001, not at head 006_play_rules (3 revision(s)"
                + " pending), so it cannot be compared with the models, which describe head. Run \"stratdb upgrade head\" first.");
    }

    @Test
    void anAppliedRevisionEditedSinceItRanFailsTheCheckWithExit3(TestDatabase database) throws IOException {
        run(database, "upgrade", "head");
        Path file = revisions.resolve("001_initial_schema.sql");
        Files.writeString(file, Files.readString(file) + "\n-- edited after it ran\n");

        CliRun run = run(database, "check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.errLines().get(0)).startsWith("Error: Applied revision 001 (001_initial_schema.sql) was edited"
                + " since it was applied").contains("\"stratdb accept-edit 001 --reason <why>\"");
        assertThat(run.errLines().get(1)).startsWith("--- 001_initial_schema.sql (as applied ");
        assertThat(run.errLines()).contains("+++ 001_initial_schema.sql (the file now)", "+-- edited after it ran");
    }
}
