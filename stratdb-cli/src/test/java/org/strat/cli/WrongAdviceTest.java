package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.Sql;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures whose message used to name the wrong cause, or the wrong next step. */
@ExtendWith(FreshDatabaseExtension.class)
class WrongAdviceTest {

    @TempDir
    Path workingDirectory;

    private CliRun run(TestDatabase database, Path revisions, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--url";
        all[1] = database.url();
        all[2] = "--revisions-dir=" + revisions;
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(Map.of(), workingDirectory, all);
    }

    @Test
    void aRevisionFileThatIsNotUtf8IsNamedAsSuchNotAsAPermissionProblem(TestDatabase database) throws Exception {
        Path revisions = TestRevisions.copy("linear", workingDirectory.resolve("revisions"));
        Path file = revisions.resolve("002_parks.sql");
        String text = Files.readString(file).replace("-- upgrade", "-- upgrade\n-- Caf\u00e9 des Sports");
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));

        CliRun run = run(database, revisions, "upgrade", "head");

        assertThat(run.exitCode()).as(run.everything()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("002_parks.sql").contains("not UTF-8").contains("line 7")
                .contains("save it as UTF-8").doesNotContain("permissions");
        assertThat(Sql.tables(database)).isEmpty();
    }

    @Test
    void anAppliedRevisionWhoseDownRevisionWasChangedIsNamedAsEditedNotAsTwoHeads(TestDatabase database) throws Exception {
        Path revisions = TestRevisions.copy("linear", workingDirectory.resolve("revisions"));
        assertThat(run(database, revisions, "upgrade", "head").exitCode()).isZero();
        Path file = revisions.resolve("003_park_index.sql");
        Files.writeString(file, Files.readString(file).replace("-- down_revision: 002", "-- down_revision: 001"));

        CliRun run = run(database, revisions, "upgrade", "head");

        assertThat(run.exitCode()).as(run.everything()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("003 (003_park_index.sql) was edited since it was applied")
                .contains("+-- down_revision: 001").doesNotContain("Multiple heads").doesNotContain("stratdb merge");
    }
}
