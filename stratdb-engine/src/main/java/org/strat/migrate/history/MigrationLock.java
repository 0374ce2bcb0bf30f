package org.strat.migrate.history;

import org.strat.migrate.connect.ServerVersion;
import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The session-level advisory lock that serialises every command that writes, held by the session that does the
 * work.
 *
 * <p>Holding it on the work session means the lock cannot be lost while the work goes on: PostgreSQL never ends a
 * session for idleness while one of its statements runs, and if the session is ended anyway (terminated, the
 * network gone), the work ends with it. Between statements the session is idle, so it opts out of
 * {@code idle_session_timeout} and {@code idle_in_transaction_session_timeout}. And every bookkeeping row is
 * written only while the lock is still held ({@link SchemaHistory#log}), in case the work's own SQL released it.
 *
 * <p>It is taken with a polled {@code pg_try_advisory_lock}, never a blocking one, so a waiter can give up and
 * say who holds it. It dies with its session: a killed migrator leaves nothing to unlock by hand. The session
 * announces its holder in {@code application_name}, which a waiter reads back.
 *
 * <p>Usage: {@code try (MigrationLock lock = MigrationLock.acquire(connection, "upgrade", wait)) { … }} on the
 * connection that then does the work; closing releases the lock and leaves the connection open.
 */
public final class MigrationLock implements AutoCloseable {

    /** "StratDB1" in ASCII: one key per database, shared by every stratdb process. */
    public static final long KEY = 0x5374726174444231L;

    private static final Duration FIRST_POLL = Duration.ofMillis(50);
    private static final Duration MAX_POLL = Duration.ofMillis(500);

    private final Connection connection;

    private MigrationLock(Connection connection) {
        this.connection = connection;
    }

    public static MigrationLock acquire(Connection connection, String command, Duration maxWait) throws SQLException {
        connection.setAutoCommit(true);
        prepareSession(connection, command);
        Instant deadline = Instant.now().plus(maxWait);
        Duration pause = FIRST_POLL;
        while (!tryLock(connection)) {
            if (Instant.now().isAfter(deadline)) {
                String holder = describeHolder(connection);
                throw new MigrationLockTimeoutException("Another migration holds the lock (" + holder + ") and did not"
                        + " release it within " + maxWait.toSeconds() + " s; nothing was changed. Wait for it to finish"
                        + " and retry, or raise --lock-wait.");
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
        }
        return new MigrationLock(connection);
    }

    private static void prepareSession(Connection connection, String command) throws SQLException {
        // application_name holds 63 bytes: who and since when first, the command last.
        String host = LocalHost.shortName().length() > 15 ? LocalHost.shortName().substring(0, 15) : LocalHost.shortName();
        String label = "stratdb pid " + ProcessHandle.current().pid() + "@" + host + " since "
                + OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0) + " " + command;
        String sql = SqlResource.of(MigrationLock.class, ServerVersion.major(connection) >= 14 ? "session-14" : "session");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, label.length() > 63 ? label.substring(0, 63) : label);
            statement.execute();
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(MigrationLock.class, "try-lock"))) {
            statement.setLong(1, KEY);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static String describeHolder(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(MigrationLock.class, "holder"))) {
            statement.setLong(1, KEY);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return "holder already gone";
                }
                return "server pid " + rows.getInt(1) + " from " + rows.getString(2) + ": \"" + rows.getString(3) + "\"";
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationLockTimeoutException("Interrupted while waiting for the migration lock; nothing was changed.");
        }
    }

    /**
     * Releases the lock. A session that is already gone took the lock with it, and a transaction the work left
     * aborted is rolled back first (an aborted transaction runs nothing, the unlock included).
     */
    @Override
    public void close() {
        try {
            if (connection.isClosed()) {
                return;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(MigrationLock.class, "unlock"))) {
                statement.setLong(1, KEY);
                statement.execute();
            }
        } catch (SQLException e) {
            // Nothing to do: the lock ends with the session, which the caller closes next.
        }
    }
}
