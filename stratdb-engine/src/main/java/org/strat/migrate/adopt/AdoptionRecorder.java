package org.strat.migrate.adopt;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.session.MigrationContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Writes an adoption's bookkeeping in one transaction: the adopted revision and its ancestors become the applied
 * revisions, each with an 'adopt' row in stratdb_log; the adopted revision's row holds the SQL that ran. The caller
 * holds the migration lock and owns the connection.
 */
final class AdoptionRecorder {

    private final Connection connection;
    private final MigrationContext context;

    AdoptionRecorder(Connection connection, MigrationContext context) {
        this.connection = connection;
        this.context = context;
    }

    /** @return the revisions recorded, parents first */
    List<String> record(String revision, String sql, int steps, int durationMs) throws SQLException {
        List<Revision> path = context.graph().upgradePath(Set.of(), List.of(revision));
        SchemaHistory history = new SchemaHistory(connection);
        connection.setAutoCommit(false);
        try {
            for (Revision step : path) {
                RevisionFile file = context.file(step.id());
                boolean adopted = step.id().equals(revision);
                history.recordAdoption(file.id(), file.checksum(), file.fileName(), file.text(), adopted ? durationMs : 0,
                        adopted ? (steps == 0 ? "schema was already identical" : steps + " step(s) run") : "ancestor of " + revision,
                        adopted && steps > 0 ? sql : null);
            }
            connection.commit();
            return path.stream().map(Revision::id).toList();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
