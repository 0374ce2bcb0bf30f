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

/** The loop issue 18 describes, as a developer types it: write, apply, fix, switch branches. */
@ExtendWith(FreshDatabaseExtension.class)
class EverydayLoopCommandTest {

    @TempDir
    Path workingDirectory;

    private Path revisions;

    private CliRun run(TestDatabase database, String... args) {
        String[] all = Stream.concat(Stream.of("--url", database.url(), "--revisions-dir=" + revisions), Stream.of(args))
                .toArray(String[]::new);
        return CliRun.of(Map.of(), workingDirectory, all);
    }

    @Test
    void writeApplyFixAndSwitchBranches(TestDatabase database) throws IOException {
        revisions = TestRevisions.copy("linear", workingDirectory.resolve("revisions"));
        Files.delete(revisions.resolve("003_park_index.sql"));
        assertThat(run(database, "upgrade", "head").exitCode()).isZero();

        CliRun created = run(database, "revision", "-m", "add umpires");
        assertThat(created.exitCode()).as(created.everything()).isZero();
        Path file;
        try (Stream<Path> files = Files.list(revisions)) {
            file = files.filter(path -> path.toString().endsWith("_add_umpires.sql")).findFirst().orElseThrow();
        }
        String id = file.getFileName().toString().replace("_add_umpires.sql", "");

        CliRun empty = run(database, "upgrade", "head");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(empty.errLines()).containsExactly("Error: Cannot upgrade: " + file.getFileName() + " has no statement in"
                + " the upgrade section, so nothing was run. Write the upgrade SQL below \"-- upgrade\" (and its downgrade"
                + " below \"-- downgrade\"), then run it again.");

        Files.writeString(file, Files.readString(file).replace("-- upgrade\n", "-- upgrade\nCREATE TABLE umpires (id integer);\n")
                .replace("-- downgrade\n", "-- downgrade\nDROP TABLE umpires;\n"));
        assertThat(run(database, "upgrade", "head").out()).contains("Applied   " + id);

        Files.writeString(file, Files.readString(file).replace("(id integer)", "(id integer, name text)"));
        CliRun edited = run(database, "upgrade", "head");
        assertThat(edited.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(edited.errLines().get(0)).startsWith("Error: Applied revision " + id + " (" + file.getFileName()
                + ") was edited since it was applied, so nothing was run. Ways forward: in development, \"stratdb redo "
                + id + "\"");
        assertThat(edited.errLines()).contains("-CREATE TABLE umpires (id integer);", "+CREATE TABLE umpires (id integer, name text);");

        CliRun redo = run(database, "redo");
        assertThat(redo.exitCode()).as(redo.everything()).isZero();
        assertThat(redo.out().lines().toList()).hasSize(4).first().isEqualTo("Reverting " + id + " with the downgrade it"
                + " was applied with, then applying " + file.getFileName() + " as it is now.");
        assertThat(redo.out()).containsPattern("Reverted  " + id).containsPattern("Applied   " + id)
                .endsWith("Redone " + id + ": the database is at " + id + " as its file is now." + System.lineSeparator());
        assertThat(Sql.column(database, "SELECT column_name FROM information_schema.columns WHERE table_name = 'umpires'"
                + " ORDER BY ordinal_position")).containsExactly("id", "name");

        Path elsewhere = Files.move(file, workingDirectory.resolve(file.getFileName()));

        CliRun current = run(database, "current");
        assertThat(current.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(current.errLines().get(0)).isEqualTo("Error: The database has revision " + id + " applied, which no"
                + " file in " + revisions + " describes: its file is probably on another branch. Check out the branch that"
                + " has its file, or undo it with \"stratdb downgrade 002\", which runs the downgrade SQL the database"
                + " applied, and this checkout takes over from 002.");
        assertThat(current.errLines().get(1)).startsWith("  -> " + id + " (" + file.getFileName() + "): \"add umpires\"");
        CliRun json = run(database, "current", "--json");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(json.out()).contains("\"unknown\":[\"" + id + "\"]").contains("\"ahead_of_checkout\":[{\"revision\":\""
                + id + "\",\"file\":\"" + file.getFileName() + "\",\"message\":\"add umpires\"");
        CliRun upgrade = run(database, "upgrade", "head");
        assertThat(upgrade.err()).isEqualTo(current.err());
        CliRun history = run(database, "history");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).containsPattern(id + " +002 +applied .* add umpires  \\(current; not in the revision files\\)")
                .contains("Create parks  (head)").contains(current.err().replaceFirst("^Error: ", ""));

        CliRun downgrade = run(database, "downgrade", "-1");
        assertThat(downgrade.exitCode()).as(downgrade.everything()).isZero();
        assertThat(downgrade.out()).startsWith("Reverting " + id + " with the downgrade the database applied: no file in"
                + " this checkout has it (" + file.getFileName() + ").").contains("Database now at 002");
        assertThat(Sql.tables(database)).doesNotContain("umpires");

        Files.move(elsewhere, file);
        assertThat(run(database, "upgrade", "head").out()).contains("Applied   " + id);
        assertThat(run(database, "current").out()).isEqualTo(id + " (head)" + System.lineSeparator());
    }
}
