package org.strat.cli.embedded;

import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.connect.InvalidSettingsException;
import org.strat.migrate.connect.UnableToConnectException;
import org.strat.migrate.connect.UrlMasking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The default database when no URL or PG* variable is set: a PostgreSQL server whose data lives in the project's
 * {@code .strat} (see {@link StratHome}), private to the OS user who created it (see {@link EmbeddedCluster}).
 *
 * <p>A command {@link #open}s it: the server is started unless it already runs (kept by {@code stratdb db start},
 * used by another command, or left by a command that was killed), and {@link #close()} stops it when no other
 * command uses it and {@code db start} did not ask to keep it. Several commands may use it at once; one that must
 * wait for another to start or stop the server says so and waits at most {@link #WAIT} (see {@link HomeLocks}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(60);
    /** --verbose shows these lines; the benchmark counts "initdb completed" and "postmaster started" in them. */
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final StratHome home;
    private final EmbeddedCluster cluster;
    private final HomeLocks.Use use;
    private final int port;
    private boolean closed;

    private EmbeddedDatabase(StratHome home, EmbeddedCluster cluster, HomeLocks.Use use, int port) {
        this.home = home;
        this.cluster = cluster;
        this.use = use;
        this.port = port;
    }

    /** Starts the server, or joins the one running, for the length of a command. */
    public static EmbeddedDatabase open(StratHome home, Map<String, String> environment, Consumer<String> notices) {
        EmbeddedCluster cluster = new EmbeddedCluster(prepare(home), PostgresBinaries.prepare(environment));
        HomeLocks.Use use = HomeLocks.use(home.directory(), WAIT, notices,
                "another stratdb command to stop the embedded database in " + home.shown());
        try {
            EmbeddedCluster.Postmaster server = ensureRunning(home, cluster, notices);
            return new EmbeddedDatabase(home, cluster, use, server.port());
        } catch (RuntimeException e) {
            use.close();
            throw e;
        }
    }

    private static Path prepare(StratHome home) {
        Path directory = home.directory();
        try {
            Files.createDirectories(directory.getParent());
            if (!Files.isDirectory(directory)) {
                PrivateFiles.createDirectory(directory);
            } else {
                PrivateFiles.restrictDirectory(directory);
            }
        } catch (IOException e) {
            throw new InvalidSettingsException("Cannot create " + directory + " for the embedded database ("
                    + e.getClass().getSimpleName() + "). Run from a writable directory, set " + StratHome.DIRECTORY_VARIABLE
                    + ", or give --url.");
        }
        if (!Files.isWritable(directory)) {
            throw new InvalidSettingsException(directory + " is not writable, so the embedded database cannot live there."
                    + " Fix its permissions, set " + StratHome.DIRECTORY_VARIABLE + ", or give --url.");
        }
        return directory;
    }

    private static EmbeddedCluster.Postmaster ensureRunning(StratHome home, EmbeddedCluster cluster, Consumer<String> notices) {
        Optional<EmbeddedCluster.Postmaster> running = cluster.running();
        if (running.isPresent() && running.get().ready() && running.get().alive() && isOurs(cluster)) {
            LOG.info("postmaster already running (pid {}): reusing it", running.get().pid());
            return running.get();
        }
        try (HomeLocks.Held starting = HomeLocks.transition(home.directory(), WAIT, notices,
                "another stratdb command to start the embedded database in " + home.shown())) {
            running = settled(cluster);
            if (running.isPresent() && running.get().alive()) {
                if (isOurs(cluster)) {
                    return running.get();
                }
                cluster.stop(); // an older stratdb's server, which trusted every local user: restart it private
            } else if (running.isPresent()) {
                removeStalePidFile(cluster); // its pid now belongs to another program, which would block the start
            }
            if (!cluster.exists()) {
                long initdb = System.nanoTime();
                cluster.create();
                LOG.info("initdb completed in {} ms: {}", (System.nanoTime() - initdb) / 1_000_000, cluster.dataDirectory());
            } else if (!Files.isRegularFile(cluster.passwordFile())) {
                cluster.addPasswordToOlderCluster();
            }
            cluster.configure();
            cluster.start();
            EmbeddedCluster.Postmaster started = cluster.running().orElseThrow(() -> new UnableToConnectException(
                    "The embedded PostgreSQL in " + cluster.dataDirectory() + " started but wrote no postmaster.pid."
                            + " Its log is " + cluster.logFile() + ".", null));
            LOG.info("postmaster started (pid {}) on 127.0.0.1:{} and {}", started.pid(), started.port(), started.socketDirectory());
            createDatabaseOnFirstUse(cluster, started.port());
            return started;
        }
    }

    /** Whether the running server is one this stratdb configured (private), not an older one's. */
    private static boolean isOurs(EmbeddedCluster cluster) {
        return Files.isRegularFile(cluster.passwordFile()) && Files.isRegularFile(cluster.dataDirectory().resolve("stratdb.conf"));
    }

    /** Waits out a server that is starting or stopping (one killed half-way included: PostgreSQL finishes alone). */
    private static Optional<EmbeddedCluster.Postmaster> settled(EmbeddedCluster cluster) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Optional<EmbeddedCluster.Postmaster> server = cluster.running();
            boolean moving = server.isPresent() && server.get().alive() && !server.get().ready();
            if (!moving || System.nanoTime() > deadline) {
                return server;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return server;
            }
        }
    }

    private static void removeStalePidFile(EmbeddedCluster cluster) {
        try {
            Files.deleteIfExists(cluster.dataDirectory().resolve("postmaster.pid"));
        } catch (IOException e) {
            throw new UnableToConnectException("Cannot remove the stale " + cluster.dataDirectory().resolve("postmaster.pid")
                    + ": " + e.getMessage(), e);
        }
    }

    private static void createDatabaseOnFirstUse(EmbeddedCluster cluster, int port) {
        Path marker = cluster.home().resolve("created");
        if (Files.exists(marker)) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedCluster.USER);
        properties.setProperty("password", cluster.password());
        try (Connection connection = new Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, EmbeddedCluster.DATABASE);
            try (ResultSet rows = exists.executeQuery(); Statement statement = connection.createStatement()) {
                if (!rows.next()) {
                    statement.execute("CREATE DATABASE " + EmbeddedCluster.DATABASE);
                }
            }
            Files.writeString(marker, "");
        } catch (SQLException | IOException e) {
            throw new UnableToConnectException("The embedded PostgreSQL started but could not be prepared: "
                    + UrlMasking.scrub(e.getMessage(), cluster.password()), e);
        }
    }

    public DatabaseSettings settings() {
        return new DatabaseSettings(jdbcUrl(port), EmbeddedCluster.USER, cluster.password(), DatabaseSettings.Source.EMBEDDED);
    }

    private static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedCluster.DATABASE;
    }

    public Path dataDirectory() {
        return cluster.dataDirectory();
    }

    /** Leaves the server running after this command until {@code stratdb db stop}. */
    public void keepRunning() {
        try {
            Files.writeString(keepMarker(home), "kept by stratdb db start\n");
        } catch (IOException e) {
            throw new InvalidSettingsException("Cannot write " + keepMarker(home) + ": " + e.getMessage());
        }
    }

    private static Path keepMarker(StratHome home) {
        return home.directory().resolve("keep");
    }

    /** Ends this command's use; the last user stops the server unless {@code db start} keeps it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        use.close();
        if (!Files.exists(keepMarker(home))) {
            stopIfUnused(home, cluster, notice -> { });
        }
    }

    private static void stopIfUnused(StratHome home, EmbeddedCluster cluster, Consumer<String> notices) {
        HomeLocks.Held alone = HomeLocks.tryAlone(home.directory());
        if (alone != null) {
            stopHolding(alone, home, cluster, notices);
        } // else another command uses it, and the last one stops it
    }

    private static void stopHolding(HomeLocks.Held alone, StratHome home, EmbeddedCluster cluster, Consumer<String> notices) {
        try (alone; HomeLocks.Held stopping = HomeLocks.transition(home.directory(), WAIT, notices,
                "another stratdb command to start the embedded database in " + home.shown())) {
            if (cluster.running().filter(EmbeddedCluster.Postmaster::alive).isPresent()) {
                cluster.stop();
                LOG.info("postmaster stopped: {}", cluster.dataDirectory());
            }
        }
    }

    /**
     * {@code stratdb db stop}: stops the server once no command uses it (waiting at most {@link #WAIT}); returns
     * false when commands still use it, which then stop it when the last one ends.
     */
    public static StopResult stop(StratHome home, Map<String, String> environment, Consumer<String> notices) {
        if (!Files.isDirectory(home.directory())) {
            return StopResult.NOT_RUNNING;
        }
        EmbeddedCluster cluster = new EmbeddedCluster(home.directory(), PostgresBinaries.prepare(environment));
        try {
            Files.deleteIfExists(keepMarker(home));
        } catch (IOException e) {
            throw new InvalidSettingsException("Cannot remove " + keepMarker(home) + ": " + e.getMessage());
        }
        if (cluster.running().filter(EmbeddedCluster.Postmaster::alive).isEmpty()) {
            return StopResult.NOT_RUNNING;
        }
        HomeLocks.Held alone = HomeLocks.alone(home.directory(), WAIT, notices,
                "the stratdb commands using the embedded database in " + home.shown() + " to finish");
        if (alone == null) {
            return StopResult.IN_USE;
        }
        stopHolding(alone, home, cluster, notices);
        return StopResult.STOPPED;
    }

    public enum StopResult { STOPPED, NOT_RUNNING, IN_USE }

    /** What {@code stratdb db status} reports. */
    public record Status(StratHome home, boolean created, boolean running, long pid, Integer port, String socketDirectory,
                         boolean kept, long sizeBytes) {
    }

    public static Status status(StratHome home) {
        EmbeddedCluster cluster = new EmbeddedCluster(home.directory(), null);
        Optional<EmbeddedCluster.Postmaster> server = cluster.running().filter(EmbeddedCluster.Postmaster::alive);
        return new Status(home, cluster.exists(), server.isPresent(), server.map(EmbeddedCluster.Postmaster::pid).orElse(0L),
                server.map(EmbeddedCluster.Postmaster::port).or(cluster::configuredPort).orElse(null),
                server.map(EmbeddedCluster.Postmaster::socketDirectory).orElse(null),
                Files.exists(keepMarker(home)), size(cluster.dataDirectory()));
    }

    private static long size(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    /** How an application or psql reaches the running server; the password stays in files only its owner reads. */
    public record Urls(String libpq, String jdbc, Path passwordFile, Path passFile) {
    }

    public static Optional<Urls> urls(StratHome home) {
        EmbeddedCluster cluster = new EmbeddedCluster(home.directory(), null);
        Optional<EmbeddedCluster.Postmaster> server = cluster.running().filter(EmbeddedCluster.Postmaster::alive);
        Optional<Integer> port = server.map(EmbeddedCluster.Postmaster::port).or(cluster::configuredPort);
        if (port.isEmpty()) {
            return Optional.empty();
        }
        String socket = server.map(EmbeddedCluster.Postmaster::socketDirectory).filter(s -> !s.isEmpty())
                .orElse(home.directory().resolve("run").toString());
        String libpq = "postgresql://" + EmbeddedCluster.USER + "@/" + EmbeddedCluster.DATABASE + "?host=" + queryValue(socket)
                + "&port=" + port.get() + "&passfile=" + queryValue(cluster.passFile().toString());
        return Optional.of(new Urls(libpq, jdbcUrl(port.get()) + "?user=" + EmbeddedCluster.USER, cluster.passwordFile(),
                cluster.passFile()));
    }

    private static String queryValue(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "/._-~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
