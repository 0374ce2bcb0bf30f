package org.strat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code stratdb} as a separate operating-system process, for the scenarios that are about processes: several
 * migrators at once, a migrator killed mid-revision.
 */
public final class StratDbProcess {

    private final Process process;
    private final Path out;
    private final Path err;

    private StratDbProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    public static StratDbProcess start(Path workingDirectory, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.strat.cli.Main");
        command.addAll(List.of(args));
        try {
            Files.createDirectories(workingDirectory);
            Path out = Files.createTempFile(workingDirectory, "stratdb-", ".out");
            Path err = Files.createTempFile(workingDirectory, "stratdb-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            // The child picks its database as a user's stratdb does, so nothing from the shell that runs the suite
            // may steer it: not STRAT_DATABASE_URL, a PG* variable (PGHOST alone selects a server) or
            // STRAT_EMBEDDED_DIR (a .strat elsewhere, maybe already migrated). Each test gives what it needs.
            builder.environment().keySet().removeIf(name -> name.startsWith("STRAT_") || name.startsWith("PG"));
            return new StratDbProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StratDbProcess start(Path workingDirectory, String... args) {
        return start(workingDirectory, List.of(), args);
    }

    /** Waits for the process to end and returns its exit code; fails the test if it hangs. */
    public int waitFor(long seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("stratdb did not finish within " + seconds + " s; stderr: " + err());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** SIGKILL: no shutdown hook, no finally block, no goodbye to the server. */
    public void kill() {
        process.destroyForcibly();
        waitFor(30);
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public String out() {
        return read(out);
    }

    /** Standard error without the "Database: ..." line a database command starts with (see {@link #fullErr()}). */
    public String err() {
        return read(err).replaceFirst("(?m)^Database: .*\n", "");
    }

    public String fullErr() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
