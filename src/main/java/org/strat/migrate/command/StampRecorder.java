package org.strat.migrate.command;

import org.strat.db.SqlResource;
import org.strat.migrate.history.Direction;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.revision.RevisionFile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Writes a stamp's bookkeeping and nothing else: stratdb_revision rows added or removed so that exactly the stamped
 * revision and its ancestors are recorded, and one 'stamp' row in stratdb_log for each, all in one transaction.
 * The caller holds the migration lock and owns the connection.
 */
final class StampRecorder {

    static final String VERIFIED = "verified";
    static final String FORCED = "forced";

    private final Connection connection;
    private final SchemaHistory history;

    StampRecorder(Connection connection) {
        this.connection = connection;
        this.history = new SchemaHistory(connection);
    }

    void record(Collection<RevisionFile> add, Collection<RevisionFile> remove, boolean forced) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            String note = forced ? FORCED : VERIFIED;
            for (RevisionFile file : remove) {
                update("delete-revision", file.id());
                history.log(file.id(), Direction.STAMP, file.checksum(), 0, "removed, " + note);
            }
            for (RevisionFile file : add) {
                update("insert-revision", file.id(), file.checksum(), file.fileName());
                history.log(file.id(), Direction.STAMP, file.checksum(), 0, note);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void update(String name, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.of(StampRecorder.class, name))) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
