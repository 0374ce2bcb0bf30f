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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** stratdb revision --autogenerate with the project's models and revisions. */
@ExtendWith(FreshDatabaseExtension.class)
class RevisionCommandTest {

    private static final Pattern GENERATED = Pattern.compile("Generated revision ([0-9a-f]{12}) on top of 006_play_rules: (.+)");

    @TempDir
    Path workingDirectory;

    private Path revisions;
    private long projectFiles;

    @BeforeEach
    void copyRevisions() throws IOException {
        revisions = ProjectRevisions.copyTo(workingDirectory.resolve("revisions"));
        projectFiles = fileCount();
    }

    private long fileCount() throws IOException {
        try (var files = Files.list(revisions)) {
            return files.count();
        }
    }

    private CliRun run(TestDatabase database, String... args) {
        String[] all = Stream.concat(Stream.of("--url", database.url(), "--revisions-dir=" + revisions), Stream.of(args))
                .toArray(String[]::new);
        return CliRun.of(Map.of(), workingDirectory, all);
    }

    /** The database lacks a column the models map: autogenerate adds it, and check passes once it is applied. */
    @Test
    void autogenerateWritesTheRevisionForAColumnTheModelsAddAndCheckPassesOnceItIsApplied(TestDatabase database)
            throws IOException {
        run(database, "upgrade", "head");
        Sql.execute(database, "ALTER TABLE games DROP COLUMN allow_spectators");
        assertThat(run(database, "check").exitCode()).isEqualTo(ExitCodes.NOT_AT_HEAD);

        CliRun generate = run(database, "revision", "--autogenerate", "-m", "Allow spectators");

        assertThat(generate.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = generate.out().lines().toList();
        Matcher generated = GENERATED.matcher(lines.get(0));
        assertThat(generated.matches()).as(lines.get(0)).isTrue();
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "It closes 1 difference(s) between the database and the models:",
                "  -> games.allow_spectators: missing",
                "Review it (renames show as a drop and an add), run \"stratdb lint\", then \"stratdb upgrade head\".");
        assertThat(generate.err()).isEmpty();
        String text = Files.readString(Path.of(generated.group(2)));
        assertThat(text).startsWith("-- revision: " + generated.group(1) + "\n-- down_revision: 006_play_rules\n"
                        + "-- message: Allow spectators\n")
                .contains("\n-- upgrade\n\n-- games.allow_spectators: missing\n"
                        + "ALTER TABLE games ADD COLUMN allow_spectators boolean DEFAULT true;\n")
                .contains("\n-- downgrade\n\n-- games.allow_spectators: not in 006_play_rules\n")
                .endsWith("ALTER TABLE games DROP COLUMN allow_spectators;\n");

        assertThat(run(database, "upgrade", "head").exitCode()).isEqualTo(ExitCodes.OK);
        CliRun check = run(database, "check");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(check.out()).isEqualTo("The models and the database at " + generated.group(1) + " agree.\n");

        CliRun again = run(database, "revision", "--autogenerate", "-m", "Nothing left");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).isEqualTo("No changes detected: the models and the database at " + generated.group(1)
                + " agree; nothing was written.\n");
        assertThat(fileCount()).isEqualTo(projectFiles + 1);
    }

    @Test
    void autogenerateBelowHeadIsRefusedWithTheCommandToRun(TestDatabase database) throws IOException {
        run(database, "upgrade", "001");

        CliRun run = run(database, "revision", "--autogenerate", "-m", "Too early");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.errLines()).containsExactly("Error: The database is at 001, not at head 006_play_rules"
                + " (3 revision(s) pending), so it cannot be compared with the models, which describe head. Run"
                + " \"stratdb upgrade head\" first. Then autogenerate again; nothing was written.");
        assertThat(fileCount()).isEqualTo(projectFiles);
    }
}
