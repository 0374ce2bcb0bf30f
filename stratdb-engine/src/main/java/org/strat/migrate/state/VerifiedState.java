package org.strat.migrate.state;

import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.session.MigrationContext;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a database stands against the revision files, for commands that compare it with something defined at head
 * (check, autogenerate): read on the caller's connection, after refusing revisions no file describes and applied
 * files edited since they ran, since neither leaves a schema the files can speak for.
 */
public final class VerifiedState {

    private VerifiedState() {
    }

    /**
     * @throws EditedRevisionException    when an applied revision's file changed since it was applied
     * @throws MigrationRefusedException  when the database has revisions applied that no file describes
     */
    public static CurrentResult of(MigrationContext context, Connection connection) throws SQLException {
        SchemaHistory history = new SchemaHistory(connection);
        DatabaseState state = new DatabaseState(context.graph(), history.applied())
                .requireKnownRevisions(context.source().describe())
                .requireUnchangedFiles(context);
        return CurrentResult.of(context.graph(), state.applied().keySet(), history.exists(), null);
    }
}
