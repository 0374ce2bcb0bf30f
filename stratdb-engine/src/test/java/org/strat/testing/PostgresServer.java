package org.strat.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one embedded PostgreSQL of a test run: started on first use, stopped by a shutdown hook.
 *
 * <p>Besides the trusted superuser {@code postgres}, it has a role {@link #PASSWORD_USER} that must log in
 * with {@link #PASSWORD} over TCP, so that wrong-password handling is tested against a real server.
 */
public final class PostgresServer {

    public static final String PASSWORD_USER = "strat_pw";
    public static final String PASSWORD = "s3cret-Pitch!";

    private static PostgresServer instance;

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databaseCounter = new AtomicInteger();

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static PostgresServer start() {
        try {
            Path dataDirectory = Files.createTempDirectory("stratdb-test-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            PostgresServer server = new PostgresServer(postgres);
            server.requirePasswordForPasswordUser(dataDirectory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
        }
    }

    private void requirePasswordForPasswordUser(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        String rules = "host all " + PASSWORD_USER + " 127.0.0.1/32 scram-sha-256\n"
                + "host all " + PASSWORD_USER + " ::1/128 scram-sha-256\n";
        Files.writeString(hba, rules + Files.readString(hba));
        execute("CREATE ROLE " + PASSWORD_USER + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'",
                "SELECT pg_reload_conf()");
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates an empty database with a unique name and returns that name. */
    public String createDatabase(String hint) {
        String name = ("t" + databaseCounter.incrementAndGet() + "_" + hint.replaceAll("[^A-Za-z0-9]", "_"))
                .toLowerCase();
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        execute("CREATE DATABASE " + name + " TEMPLATE template0");
        return name;
    }

    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public Connection superuserConnection(String database) throws SQLException {
        return postgres.getDatabase("postgres", database).getConnection();
    }

    private void execute(String... statements) {
        try (Connection connection = superuserConnection("postgres");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test server setup failed: " + e.getMessage(), e);
        }
    }
}
