package org.strat.cli.embedded;

import org.strat.migrate.connect.InvalidSettingsException;
import org.strat.migrate.connect.OperatingSystemUser;
import org.strat.migrate.connect.PgPassFile;
import org.strat.migrate.connect.UnableToConnectException;
import org.strat.migrate.connect.UrlMasking;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded server's files in its home ({@code .strat}, mode 0700) and the operations on them: create the
 * cluster, start, stop, and read whether a server runs there.
 *
 * <p>Private to the OS user who created it: the socket lives in {@code .strat/run} (0700) and the server listens
 * on 127.0.0.1 only, and every connection, socket or TCP, must give the superuser's scram-sha-256 password, which
 * is generated at creation and kept in {@code .strat/password} and {@code .strat/pgpass} (0600). pg_hba.conf is
 * rewritten at every start, so no {@code trust} line survives from an older stratdb. fsync and synchronous_commit
 * are PostgreSQL's defaults (on): this database holds a developer's data between commands.
 */
final class EmbeddedCluster {

    static final String DATABASE = "strat";
    static final String USER = "postgres";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** sun_path is 108 bytes on Linux, NUL included; the socket's name adds "/.s.PGSQL.NNNNN". */
    private static final int SOCKET_PATH_LIMIT = 107;

    private final Path home;
    private final PostgresBinaries binaries;

    EmbeddedCluster(Path home, PostgresBinaries binaries) {
        this.home = home;
        this.binaries = binaries;
    }

    Path home() {
        return home;
    }

    Path dataDirectory() {
        return home.resolve("pgdata");
    }

    Path passwordFile() {
        return home.resolve("password");
    }

    Path passFile() {
        return home.resolve("pgpass");
    }

    Path logFile() {
        return home.resolve("server.log");
    }

    boolean exists() {
        return Files.isRegularFile(dataDirectory().resolve("PG_VERSION"));
    }

    String password() {
        try {
            return Files.readString(passwordFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UnableToConnectException("Cannot read the embedded database's password in " + passwordFile()
                    + " (" + e.getClass().getSimpleName() + "). Run stratdb as the user who created " + home + ".", e);
        }
    }

    /** Creates the cluster (initdb) into a temporary directory renamed into place: a killed initdb leaves no half cluster. */
    void create() {
        writePassword();
        Path partial = home.resolve("pgdata.partial");
        PrivateFiles.deleteTree(partial);
        run("initdb", List.of("-D", partial.toString(), "-U", USER, "-E", "UTF8", "--locale=C",
                "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "--pwfile=" + passwordFile()), "create");
        try {
            Files.move(partial, dataDirectory());
        } catch (IOException e) {
            throw new UnableToConnectException("initdb succeeded but " + partial + " could not be renamed to "
                    + dataDirectory() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A cluster made by stratdb before its password existed trusted every local connection: give its superuser a
     * password now, in single-user mode (the server is stopped).
     */
    void addPasswordToOlderCluster() {
        writePassword();
        String statement = "ALTER ROLE " + USER + " PASSWORD '" + password() + "';\n";
        run("postgres", List.of("--single", "-D", dataDirectory().toString(), "-c", "log_statement=none", "postgres"),
                "set the password of", statement);
    }

    private void writePassword() {
        if (Files.isRegularFile(passwordFile()) && Files.isRegularFile(passFile())) {
            return;
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            PrivateFiles.write(passwordFile(), password + "\n");
            PrivateFiles.write(passFile(), "# The embedded stratdb database (PGPASSFILE for psql and libpq).\n"
                    + PgPassFile.anyConnectionLine(USER, password) + "\n");
        } catch (IOException e) {
            throw new InvalidSettingsException("Cannot write " + passwordFile() + " (" + e.getClass().getSimpleName()
                    + "). Check the permissions of " + home + ".");
        }
    }

    /** Rewrites the server's access rules and settings; called with the server stopped. */
    void configure() {
        Path data = dataDirectory();
        try {
            Files.writeString(data.resolve("pg_hba.conf"), "# Written by stratdb at every start: edits are lost.\n"
                    + "# The socket directory is private to its owner, and every connection needs the password.\n"
                    + "local all " + USER + " scram-sha-256\n"
                    + "host  all " + USER + " 127.0.0.1/32 scram-sha-256\n", StandardCharsets.UTF_8);
            Path main = data.resolve("postgresql.conf");
            String conf = Files.readString(main, StandardCharsets.UTF_8);
            if (!conf.contains("include_if_exists = 'stratdb.conf'")) {
                Files.writeString(main, conf + "\n# Settings stratdb manages (rewritten at every start).\n"
                        + "include_if_exists = 'stratdb.conf'\n", StandardCharsets.UTF_8);
            }
            Path socketDirectory = socketDirectory();
            Files.writeString(data.resolve("stratdb.conf"), "# Written by stratdb at every start: edits are lost.\n"
                    + "listen_addresses = '127.0.0.1'\n"
                    + "port = " + choosePort() + "\n"
                    + "unix_socket_directories = '" + socketDirectory.toString().replace("'", "''") + "'\n"
                    + "unix_socket_permissions = 0700\n"
                    + "password_encryption = 'scram-sha-256'\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnableToConnectException("Cannot write the embedded server's configuration in " + data + ": "
                    + e.getMessage(), e);
        }
    }

    /** {@code .strat/run}, unless its path is too long for a socket; then a private directory under /tmp. */
    Path socketDirectory() throws IOException {
        Path run = home.resolve("run");
        boolean fits = (run + "/.s.PGSQL.65535").getBytes(StandardCharsets.UTF_8).length <= SOCKET_PATH_LIMIT
                && !run.toString().contains(",");
        Path directory = fits ? run : Path.of(System.getProperty("java.io.tmpdir"), "stratdb-" + OperatingSystemUser.name()
                + "-" + Integer.toHexString(home.toString().hashCode()));
        if (!Files.isDirectory(directory)) {
            PrivateFiles.createDirectory(directory);
        }
        if (!Files.getOwner(directory).getName().equals(OperatingSystemUser.name()) || Files.isSymbolicLink(directory)) {
            throw new InvalidSettingsException(directory + " (the embedded server's socket directory) belongs to"
                    + " another user. Remove it, or set " + StratHome.DIRECTORY_VARIABLE + " to a shorter path.");
        }
        PrivateFiles.restrictDirectory(directory);
        return directory;
    }

    /** The port of the last start when it is still free (a stable URL for db url), else a free one. */
    private int choosePort() throws IOException {
        Path conf = dataDirectory().resolve("stratdb.conf");
        if (Files.isRegularFile(conf)) {
            Matcher port = Pattern.compile("(?m)^port = (\\d+)$").matcher(Files.readString(conf));
            if (port.find() && isFree(Integer.parseInt(port.group(1)))) {
                return Integer.parseInt(port.group(1));
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The port the configuration names (the one the server uses, or will use at its next start). */
    Optional<Integer> configuredPort() {
        try {
            Matcher port = Pattern.compile("(?m)^port = (\\d+)$").matcher(Files.readString(dataDirectory().resolve("stratdb.conf")));
            return port.find() ? Optional.of(Integer.parseInt(port.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void start() {
        run("pg_ctl", List.of("-D", dataDirectory().toString(), "-l", logFile().toString(), "-w",
                "-t", Long.toString(START_TIMEOUT.toSeconds()), "-s", "start"), "start");
    }

    /** A fast shutdown: sessions are ended, a checkpoint is written, no crash recovery at the next start. */
    void stop() {
        run("pg_ctl", List.of("-D", dataDirectory().toString(), "-m", "fast", "-w",
                "-t", Long.toString(START_TIMEOUT.toSeconds()), "-s", "stop"), "stop");
    }

    /** The server running on this data directory, read from PostgreSQL's own postmaster.pid; empty when none runs. */
    Optional<Postmaster> running() {
        return Postmaster.of(dataDirectory());
    }

    private void run(String binary, List<String> arguments, String action) {
        run(binary, arguments, action, null);
    }

    private void run(String binary, List<String> arguments, String action, String input) {
        List<String> command = binaries.command(binary, arguments.toArray(String[]::new));
        Path output = home.resolve(binary + ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
            builder.environment().put("LC_ALL", "C");
            Process process = builder.start();
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            if (!process.waitFor(START_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failure(action, binary + " did not finish in " + (START_TIMEOUT.toSeconds() + 30) + " s", output);
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0 || printed.contains("ERROR:") || printed.contains("FATAL:")) {
                throw failure(action, binary + " exited with " + process.exitValue(), output);
            }
            Files.deleteIfExists(output);
        } catch (IOException e) {
            throw new UnableToConnectException("Could not " + action + " the embedded PostgreSQL in " + dataDirectory()
                    + ": " + e.getMessage() + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnableToConnectException("Interrupted while trying to " + action + " the embedded PostgreSQL.", e);
        }
    }

    private UnableToConnectException failure(String action, String what, Path output) {
        String reason = lastProblem(output).or(() -> lastProblem(logFile())).orElse(what);
        return new UnableToConnectException("Could not " + action + " the embedded PostgreSQL in " + dataDirectory()
                + ": " + UrlMasking.scrub(reason, passwordOrNull()) + ". Its log is " + logFile() + ".", null);
    }

    private String passwordOrNull() {
        return Files.isRegularFile(passwordFile()) ? password() : null;
    }

    private static Optional<String> lastProblem(Path file) {
        try {
            List<String> problems = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.contains("FATAL") || line.contains("ERROR") || line.contains("error:")) {
                    problems.add(line.replaceFirst("^.*?(FATAL|ERROR|error):\\s*", "").strip());
                }
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(problems.size() - 1));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What postmaster.pid says (PostgreSQL 10+ layout: pid, data directory, start time, port, socket dir, ..., status). */
    record Postmaster(long pid, int port, String socketDirectory, String status) {

        static Optional<Postmaster> of(Path dataDirectory) {
            Path file = dataDirectory.resolve("postmaster.pid");
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Optional.empty();
            }
            if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+") || !lines.get(3).strip().matches("\\d+")) {
                return Optional.empty(); // being written or removed right now
            }
            long pid = Long.parseLong(lines.get(0).strip());
            String socket = lines.size() > 4 ? lines.get(4).strip() : "";
            String status = lines.size() > 7 ? lines.get(7).strip() : "";
            return Optional.of(new Postmaster(pid, Integer.parseInt(lines.get(3).strip()), socket, status));
        }

        /** Whether that pid is a live postgres process (a pid reused by another program after a crash is not). */
        boolean alive() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(true))
                    .orElse(false);
        }

        boolean ready() {
            return status.equals("ready");
        }
    }
}
