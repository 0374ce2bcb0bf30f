package org.strat.migrate.command;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.history.SchemaHistory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

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
        List<String> heads = context.graph().heads().stream().map(Revision::id).toList();
        int pending = context.graph().upgradePath(state.applied().keySet(), heads).size();
        return new CurrentResult(history.exists(), state.currentIds(), heads, pending, List.of());
    }
}
