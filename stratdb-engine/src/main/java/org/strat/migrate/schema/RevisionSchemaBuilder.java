package org.strat.migrate.schema;

import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.session.MigrationContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema each revision's upgrade chain builds, read from a {@link ScratchSchema}: what a database at that
 * revision should look like. Asked for revisions in topological order along one line of the graph, it builds
 * incrementally (each revision once); otherwise it starts a fresh scratch schema for the revision.
 *
 * <p>Owns its scratch transaction on the caller's connection; nothing it builds survives {@link #close()}.
 */
public final class RevisionSchemaBuilder implements AutoCloseable {

    private final Connection connection;
    private final MigrationContext context;
    private final String liveSchema;
    private final String scratchName;
    private final Set<String> built = new HashSet<>();
    private ScratchSchema scratch;

    /**
     * @param liveSchema  the schema the result is compared with (read as if the scratch schema were it)
     * @param scratchName an existing empty schema to build in, or null for a new one
     */
    public RevisionSchemaBuilder(Connection connection, MigrationContext context, String liveSchema, String scratchName) {
        this.connection = connection;
        this.context = context;
        this.liveSchema = liveSchema;
        this.scratchName = scratchName;
    }

    /** The schema at {@code revision}; null means base, where the schema is empty. */
    public SchemaSnapshot schemaOf(String revision) throws SQLException {
        if (revision == null) {
            return SchemaSnapshot.empty(liveSchema);
        }
        RevisionGraph graph = context.graph();
        Set<String> needed = graph.ancestorsInclusive(revision);
        if (scratch == null || !needed.containsAll(built)) {
            restart();
        }
        List<Revision> pending = graph.upgradePath(built, List.of(revision));
        for (Revision step : pending) {
            scratch.apply(context.file(step.id()));
            built.add(step.id());
        }
        return scratch.snapshot(liveSchema);
    }

    private void restart() throws SQLException {
        close();
        scratch = ScratchSchema.open(connection, scratchName);
        built.clear();
    }

    @Override
    public void close() throws SQLException {
        if (scratch != null) {
            ScratchSchema open = scratch;
            scratch = null;
            open.close();
        }
    }
}
