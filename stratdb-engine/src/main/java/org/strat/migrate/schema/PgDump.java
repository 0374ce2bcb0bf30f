package org.strat.migrate.schema;

import org.strat.migrate.connect.DatabaseSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pg_dump program: found on PATH, asked for its version, run for a schema-only dump.
 *
 * <p>Connection details go to pg_dump in libpq's environment variables (PGHOST, PGPASSWORD, ...), never on its
 * command line, where other users of the machine could read the password.
 */
final class PgDump {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    private static final long TIMEOUT_MINUTES = 10;

    private final Path executable;

    PgDump(Path executable) {
        this.executable = executable;
    }

    /** pg_dump from the directories of a PATH value, if one is there. */
    static Optional<PgDump> onPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "pg_dump");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new PgDump(candidate));
            }
        }
        return Optional.empty();
    }

    Path executable() {
        return executable;
    }

    /** Its major version, or -1 when it does not say. */
    int majorVersion() {
        Result result = run(List.of("--version"), Map.of());
        Matcher matcher = VERSION.matcher(result.out());
        return result.exitCode() == 0 && matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The schema-only dump of the database the settings name; throws with pg_dump's own message when it fails. */
    String dumpSchema(DatabaseSettings settings) {
        Result result = run(List.of("--schema-only", "--no-password"), environment(settings));
        if (result.exitCode() != 0) {
            String message = result.err().strip().lines().findFirst().orElse("exit code " + result.exitCode());
            throw new IllegalStateException(message.replaceFirst("^pg_dump: (error: )?", ""));
        }
        return result.out();
    }

    // pgjdbc's own URL parser reads host, port, database and parameters exactly as the driver does.
    private static Map<String, String> environment(DatabaseSettings settings) {
        Properties url = org.postgresql.Driver.parseURL(settings.jdbcUrl(), null);
        Map<String, String> environment = new HashMap<>();
        put(environment, "PGHOST", url == null ? null : url.getProperty("PGHOST"));
        put(environment, "PGPORT", url == null ? null : url.getProperty("PGPORT"));
        put(environment, "PGDATABASE", url == null ? null : url.getProperty("PGDBNAME"));
        put(environment, "PGSSLMODE", url == null ? null : url.getProperty("sslmode"));
        put(environment, "PGUSER", settings.user() != null ? settings.user() : url == null ? null : url.getProperty("user"));
        put(environment, "PGPASSWORD", settings.password() != null ? settings.password()
                : url == null ? null : url.getProperty("password"));
        environment.put("PGAPPNAME", "stratdb schema-dump");
        return environment;
    }

    private static void put(Map<String, String> environment, String name, String value) {
        if (value != null && !value.isEmpty()) {
            environment.put(name, value);
        }
    }

    private Result run(List<String> arguments, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("stratdb-pg_dump", ".out");
            err = Files.createTempFile("stratdb-pg_dump", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("pg_dump did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while pg_dump ran", e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }

    private record Result(int exitCode, String out, String err) {
    }
}
