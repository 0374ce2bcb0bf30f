package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.TestDatabase;
import org.strat.testing.TestRevisions;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The distribution's training: commands in one JVM, each held to the exit code the build expects of it. */
@ExtendWith(FreshDatabaseExtension.class)
class TrainingRunTest {

    @TempDir
    Path workingDirectory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int train(String... args) {
        return TrainingRun.run(args, Map.of(), workingDirectory, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void runsEveryCommandInOrderWithItsOwnEnvironment(TestDatabase database) {
        String revisions = TestRevisions.directory("linear").toString();

        int exitCode = train("0", "STRAT_REVISIONS_DIR=" + revisions, "upgrade", "head", "--url", database.url(),
                "--", "2", "upgrade", "--no-such-option",
                "--", "0", "STRAT_REVISIONS_DIR=" + revisions, "current", "--url", database.url());

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString()).contains("$ stratdb upgrade head", "Database now at 003", "$ stratdb current",
                "003 (head)");
        assertThat(out.toString().indexOf("$ stratdb current")).isGreaterThan(out.toString().indexOf("Database now at 003"));
    }

    @Test
    void stopsAtTheFirstCommandThatEndsOtherwiseThanExpected() {
        int exitCode = train("0", "upgrade", "--no-such-option", "--", "0", "--version");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("training: 'stratdb upgrade --no-such-option' exited 2, expected 0");
        assertThat(out.toString()).doesNotContain("$ stratdb --version");
    }
}
