package org.strat.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The default database when no URL is configured: a PostgreSQL server whose data lives in {@code ./.strat/pgdata},
 * created (initdb) on first use, started for one command and stopped when {@link #close()} is called.
 *
 * <p>Later commands find the data directory and only start the server. One command at a time may use it:
 * PostgreSQL's own postmaster.pid lock refuses a second server on the same directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DEFAULT_DIRECTORY = ".strat";
    public static final String DIRECTORY_VARIABLE = "STRAT_EMBEDDED_DIR";
    static final String DATABASE = "strat";
    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts the server on {@code home/pgdata}, creating the cluster and the "strat" database on first use. */
    public static EmbeddedDatabase start(Path home) {
        Path dataDirectory = home.toAbsolutePath().resolve("pgdata");
        prepare(home);
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new UnableToConnectException("Could not start the embedded PostgreSQL in " + dataDirectory + ": "
                    + e.getMessage() + ". If another stratdb command is running, wait for it; if none is, remove "
                    + dataDirectory.resolve("postmaster.pid") + " and retry.", e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory);
        database.createDatabaseOnFirstUse();
        return database;
    }

    private static void prepare(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new InvalidSettingsException("Cannot create " + home.toAbsolutePath() + " for the embedded database ("
                    + e.getClass().getSimpleName() + "). Run from a writable directory, set " + DIRECTORY_VARIABLE
                    + ", or give --url.");
        }
        if (!Files.isWritable(home)) {
            throw new InvalidSettingsException(home.toAbsolutePath() + " is not writable, so the embedded database cannot"
                    + " live there. Fix its permissions, set " + DIRECTORY_VARIABLE + ", or give --url.");
        }
    }

    private void createDatabaseOnFirstUse() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rows.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new UnableToConnectException("The embedded PostgreSQL started but could not be prepared: " + e.getMessage(), e);
        }
    }

    public DatabaseSettings settings() {
        return new DatabaseSettings(postgres.getJdbcUrl(USER, DATABASE).replaceFirst("\\?.*$", ""), USER, null,
                DatabaseSettings.Source.EMBEDDED);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server cleanly (a fast shutdown: checkpoint, no crash recovery at the next start). */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
