package org.strat.migrate.history;

import org.strat.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tool's bookkeeping tables on one connection: which revisions are applied, and the append-only log.
 *
 * <p>Writes happen inside the caller's transaction, so that a revision's SQL and its bookkeeping commit
 * together. Not thread-safe (a JDBC connection is not); the caller owns the connection.
 */
public final class SchemaHistory {

    private final Connection connection;

    public SchemaHistory(Connection connection) {
        this.connection = connection;
    }

    /** Whether this database has ever been touched by stratdb (read-only commands use it; they create nothing). */
    public boolean exists() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql("exists"))) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** Creates the tables if missing; call only while holding the migration lock. */
    public void createIfMissing() throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // Silences "relation already exists, skipping" notices, which are noise for a user.
            statement.execute("SET LOCAL client_min_messages = warning");
            statement.execute(sql("create"));
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Applied revisions keyed by id, oldest first; empty when the tables do not exist yet. */
    public Map<String, AppliedRevision> applied() throws SQLException {
        Map<String, AppliedRevision> applied = new LinkedHashMap<>();
        if (!exists()) {
            return applied;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql("applied"))) {
            while (rows.next()) {
                applied.put(rows.getString(1), new AppliedRevision(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getObject(4, OffsetDateTime.class), rows.getString(5), rows.getInt(6)));
            }
        }
        return applied;
    }

    public List<LogEntry> log() throws SQLException {
        List<LogEntry> entries = new ArrayList<>();
        if (!exists()) {
            return entries;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql("log"))) {
            while (rows.next()) {
                entries.add(new LogEntry(rows.getLong(1), rows.getString(2), Direction.fromSql(rows.getString(3)),
                        rows.getString(4), rows.getObject(5, OffsetDateTime.class), rows.getString(6),
                        rows.getString(7), rows.getString(8), rows.getInt(9), rows.getString(10)));
            }
        }
        return entries;
    }

    public void recordUpgrade(String revision, String checksum, String fileName, int durationMs) throws SQLException {
        recordUpgrade(revision, checksum, fileName, durationMs, null);
    }

    public void recordUpgrade(String revision, String checksum, String fileName, int durationMs, String note)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("insert-revision"))) {
            statement.setString(1, revision);
            statement.setString(2, checksum);
            statement.setString(3, fileName);
            statement.setInt(4, durationMs);
            statement.executeUpdate();
        }
        log(revision, Direction.UPGRADE, checksum, durationMs, note);
    }

    public void recordDowngrade(String revision, String checksum, int durationMs, String note) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("delete-revision"))) {
            statement.setString(1, revision);
            statement.executeUpdate();
        }
        log(revision, Direction.DOWNGRADE, checksum, durationMs, note);
    }

    /** Records that an applied revision's edited file is accepted as it now is, and why. */
    public void acceptChecksum(String revision, String checksum, String reason) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("update-checksum"))) {
            statement.setString(1, checksum);
            statement.setString(2, revision);
            statement.executeUpdate();
        }
        log(revision, Direction.ACCEPT, checksum, 0, reason);
    }

    public void log(String revision, Direction direction, String checksum, int durationMs, String note) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("insert-log"))) {
            statement.setString(1, revision);
            statement.setString(2, direction.sqlName());
            statement.setString(3, checksum);
            statement.setString(4, System.getProperty("user.name"));
            statement.setString(5, LocalHost.NAME);
            statement.setInt(6, durationMs);
            statement.setString(7, note);
            statement.executeUpdate();
        }
    }

    private static String sql(String name) {
        return SqlResource.of(SchemaHistory.class, name);
    }
}
