package org.strat.migrate.session;

import org.strat.migrate.connect.ConnectionFactory;
import org.strat.migrate.connect.UrlMasking;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.run.RevisionRunner;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a read-only command on one connection: no lock, nothing created, so it answers while a migration runs. */
public final class ReadOnlySession {

    private ReadOnlySession() {
    }

    public static <T> T run(MigrationContext context, String command, LockedSession.Work<T> work) {
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
