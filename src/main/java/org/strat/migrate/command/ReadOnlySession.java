package org.strat.migrate.command;

import org.strat.db.ConnectionFactory;
import org.strat.db.UrlMasking;
import org.strat.migrate.history.SchemaHistory;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a read-only command on one connection: no lock, nothing created, so it answers while a migration runs. */
final class ReadOnlySession {

    private ReadOnlySession() {
    }

    static <T> T run(MigrationContext context, String command, LockedSession.Work<T> work) {
        ConnectionFactory connections = context.connections();
        try (Connection connection = connections.open()) {
            connection.setReadOnly(true);
            return work.run(connection, new SchemaHistory(connection));
        } catch (SQLException e) {
            throw new DatabaseAccessException("Could not read the revision history for " + command + ": "
                    + UrlMasking.scrub(RevisionRunner.databaseMessage(e), connections.settings().password())
                    + ". Check that the user may read the stratdb_revision table.", e);
        }
    }
}
