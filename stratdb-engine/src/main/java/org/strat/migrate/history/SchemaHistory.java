package org.strat.migrate.history;

import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tool's bookkeeping tables on one connection: which revisions are applied, and the append-only log.
 *
 * <p>Writes happen inside the caller's transaction, so that a revision's SQL and its bookkeeping commit
 * together. Not thread-safe (a JDBC connection is not); the caller owns the connection.
 */
public final class SchemaHistory {

    private final Connection connection;
    /**
     * What this connection already knows to exist, so that it is asked once: a command reads the tables several
     * times (its state, then the interrupted runs before each revision). Only "there" is remembered: tables do not
     * vanish under a reader except by {@link #dropIfEmpty}, which forgets, and a later run of {@link #createIfMissing}
     * under the lock makes them known again.
     */
    private boolean tablesKnown;
    private boolean progressTableKnown;

    public SchemaHistory(Connection connection) {
        this.connection = connection;
    }

    /** Whether this database has ever been touched by stratdb (read-only commands use it; they create nothing). */
    public boolean exists() throws SQLException {
        if (tablesKnown) {
            return true;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql("exists"))) {
            rows.next();
            tablesKnown = rows.getBoolean(1);
            progressTableKnown = tablesKnown && rows.getBoolean(2);
            return tablesKnown;
        }
    }

    /** Creates the tables if missing; call only while holding the migration lock. */
    public void createIfMissing() throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // One round trip: the statements go to the server together. SET LOCAL silences "relation already
            // exists, skipping" notices, which are noise for a user.
            statement.execute("SET LOCAL client_min_messages = warning;\n" + sql("create"));
            connection.commit();
            tablesKnown = true;
            progressTableKnown = true;
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
                        rows.getString(3), rows.getObject(4, OffsetDateTime.class), rows.getString(5), rows.getInt(6),
                        rows.getString(7)));
            }
        }
        return applied;
    }

    /**
     * The ids of the applied revisions alone: what a check that runs at every application start needs, without the
     * stored texts {@link #applied()} reads.
     */
    public Set<String> appliedIds() throws SQLException {
        if (!exists()) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql("applied-ids"))) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
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

    /** Interrupted runs of revisions outside a transaction, oldest first; empty on a database of the first release. */
    public List<RevisionProgress> progress() throws SQLException {
        List<RevisionProgress> runs = new ArrayList<>();
        if (!exists()) {
            return runs;
        }
        try (Statement statement = connection.createStatement()) {
            if (!progressTableKnown) {
                try (ResultSet rows = statement.executeQuery(sql("progress-exists"))) {
                    rows.next();
                    progressTableKnown = rows.getBoolean(1);
                }
                if (!progressTableKnown) {
                    return runs;
                }
            }
            try (ResultSet rows = statement.executeQuery(sql("progress"))) {
                while (rows.next()) {
                    runs.add(new RevisionProgress(rows.getString(1), Direction.fromSql(rows.getString(2)),
                            rows.getString(3), rows.getInt(4), rows.getInt(5), rows.getString(6),
                            rows.getObject(7, OffsetDateTime.class), rows.getObject(8, OffsetDateTime.class),
                            rows.getString(9), rows.getString(10)));
                }
            }
        }
        return runs;
    }

    /** The interrupted run of this revision, if there is one. */
    public Optional<RevisionProgress> progress(String revision) throws SQLException {
        return progress().stream().filter(run -> run.revision().equals(revision)).findFirst();
    }

    /**
     * Records that the first {@code done} statements of a revision's section completed, inside the caller's
     * transaction (the one that ran the last of them, where PostgreSQL allows).
     *
     * @throws MigrationLockLostException when this session no longer holds the migration lock
     */
    public void saveProgress(String revision, Direction direction, String checksum, int done, int statements,
                             String doneChecksum) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("save-progress"))) {
            statement.setString(1, revision);
            statement.setString(2, direction.sqlName());
            statement.setString(3, checksum);
            statement.setInt(4, done);
            statement.setInt(5, statements);
            statement.setString(6, doneChecksum);
            statement.setLong(7, MigrationLock.KEY);
            if (statement.executeUpdate() == 0) {
                throw new MigrationLockLostException(revision);
            }
        }
    }

    /** Notes why an interrupted run stopped; does nothing when it had not completed a statement. */
    public void saveProgressFailure(String revision, String failure) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("progress-failure"))) {
            statement.setString(1, failure);
            statement.setString(2, revision);
            statement.executeUpdate();
        }
    }

    /** Forgets a revision's interrupted run; part of its final bookkeeping. */
    public void clearProgress(String revision) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("clear-progress"))) {
            statement.setString(1, revision);
            statement.executeUpdate();
        }
    }

    /** Records an applied revision with its file's whole text, and logs it; in the caller's transaction. */
    public void recordUpgrade(String revision, String checksum, String fileName, String text, int durationMs, String note)
            throws SQLException {
        insertRevision(revision, checksum, fileName, text, durationMs);
        log(revision, Direction.UPGRADE, checksum, durationMs, note);
    }

    public void recordDowngrade(String revision, String checksum, int durationMs, String note) throws SQLException {
        deleteRevision(revision);
        log(revision, Direction.DOWNGRADE, checksum, durationMs, note);
    }

    /** A stamp's row: the revision recorded as applied, with the text it was stamped from; not logged here. */
    public void insertRevision(String revision, String checksum, String fileName, String text, int durationMs)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("insert-revision"))) {
            statement.setString(1, revision);
            statement.setString(2, checksum);
            statement.setString(3, fileName);
            statement.setInt(4, durationMs);
            statement.setString(5, text);
            statement.executeUpdate();
        }
    }

    public void deleteRevision(String revision) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("delete-revision"))) {
            statement.setString(1, revision);
            statement.executeUpdate();
        }
    }

    /**
     * The INSERT that {@link #insertRevision} runs, with its values written as literals, for offline SQL that a DBA
     * applies with psql (standard_conforming_strings is on by default since PostgreSQL 9.1, so only quotes double).
     */
    public static String insertRevisionLiteral(String revision, String checksum, String fileName, String text) {
        return "INSERT INTO stratdb_revision (revision, checksum, file_name, duration_ms, applied_text) VALUES ("
                + literal(revision) + ", " + literal(checksum) + ", " + literal(fileName) + ", 0, " + literal(text) + ")";
    }

    /** The log row of a revision run by offline SQL, as a literal statement (who ran it is not known offline). */
    public static String logLiteral(String revision, Direction direction, String checksum) {
        return "INSERT INTO stratdb_log (revision, direction, checksum, duration_ms, note) VALUES (" + literal(revision)
                + ", " + literal(direction.sqlName()) + ", " + literal(checksum) + ", 0, 'offline SQL')";
    }

    /** The DELETE that {@link #deleteRevision} runs, as a literal statement for offline SQL. */
    public static String deleteRevisionLiteral(String revision) {
        return "DELETE FROM stratdb_revision WHERE revision = " + literal(revision);
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Records that an applied revision's edited file is accepted as it now is, and why: its checksum and its stored
     * text become the file's, so a later downgrade runs the accepted downgrade section.
     */
    public void acceptChecksum(String revision, String checksum, String text, String reason) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("update-checksum"))) {
            statement.setString(1, checksum);
            statement.setString(2, text);
            statement.setString(3, revision);
            statement.executeUpdate();
        }
        log(revision, Direction.ACCEPT, checksum, 0, reason);
    }

    /**
     * Records a revision as applied by an adoption: the schema was made that revision's by {@code sql} (null for the
     * ancestors of the adopted revision, whose log rows point at it in their note).
     */
    public void recordAdoption(String revision, String checksum, String fileName, String text, int durationMs,
                               String note, String sql) throws SQLException {
        insertRevision(revision, checksum, fileName, text, durationMs);
        log(revision, Direction.ADOPT, checksum, durationMs, note, sql);
    }

    /**
     * Drops the bookkeeping tables when they hold nothing at all, so that a command that created them and then
     * failed before recording anything leaves no trace of stratdb; call only while holding the migration lock.
     *
     * @return whether they were dropped
     */
    public boolean dropIfEmpty() throws SQLException {
        if (!exists()) {
            return false;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            boolean empty;
            try (ResultSet rows = statement.executeQuery(sql("is-empty"))) {
                rows.next();
                empty = rows.getBoolean(1);
            }
            if (empty) {
                statement.execute(sql("drop"));
            }
            connection.commit();
            if (empty) {
                tablesKnown = false;
                progressTableKnown = false;
            }
            return empty;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Appends to the log, inside the caller's transaction; every bookkeeping change ends here, so this is where a
     * lost migration lock is caught before anything is committed.
     *
     * @throws MigrationLockLostException when this session no longer holds the migration lock
     */
    public void log(String revision, Direction direction, String checksum, int durationMs, String note) throws SQLException {
        log(revision, direction, checksum, durationMs, note, null);
    }

    /** {@link #log(String, Direction, String, int, String)} with the SQL that ran, for an adoption's row. */
    private void log(String revision, Direction direction, String checksum, int durationMs, String note, String sql)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("insert-log"))) {
            statement.setString(1, revision);
            statement.setString(2, direction.sqlName());
            statement.setString(3, checksum);
            statement.setString(4, System.getProperty("user.name"));
            statement.setString(5, LocalHost.NAME);
            statement.setInt(6, durationMs);
            statement.setString(7, note);
            statement.setString(8, sql);
            statement.setLong(9, MigrationLock.KEY);
            if (statement.executeUpdate() == 0) {
                throw new MigrationLockLostException(revision);
            }
        }
    }

    private static String sql(String name) {
        return SqlResource.of(SchemaHistory.class, name);
    }
}
