package org.strat.migrate.stamp;

import org.strat.migrate.history.Direction;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.revision.RevisionFile;

import java.sql.Connection;
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
                history.deleteRevision(file.id());
                history.log(file.id(), Direction.STAMP, file.checksum(), 0, "removed, " + note);
            }
            for (RevisionFile file : add) {
                // A stamped revision is recorded as an upgrade records it, its text included; its duration is zero.
                history.insertRevision(file.id(), file.checksum(), file.fileName(), file.text(), 0);
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
}
