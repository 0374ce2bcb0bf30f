package org.strat.migrate.stamp;

import org.strat.migrate.catalog.SchemaReader;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.change.SchemaChange;
import org.strat.migrate.catalog.compare.SchemaComparison;
import org.strat.migrate.connect.UrlMasking;
import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.run.RevisionRunner;
import org.strat.migrate.schema.RevisionSchemaBuilder;
import org.strat.migrate.session.DatabaseAccessException;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.session.ReadOnlySession;
import org.strat.migrate.sql.SqlResource;
import org.strat.migrate.state.DatabaseState;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Find the revision whose schema the database's schema is, for adopting a database that was built without
 * stratdb: compares the live schema with base and with every revision's schema (built as {@link Stamp} builds it,
 * in a scratch schema that is rolled back), and reads what the original Python tool's alembic_version says.
 *
 * <p>Writes nothing and takes no lock.
 */
public final class DetectRevision {

    private static final String BASE = "base";

    private final MigrationContext context;
    private final String scratchSchema;

    public DetectRevision(MigrationContext context) {
        this(context, null);
    }

    /** @param scratchSchema an existing empty schema to build revisions in, or null to create a scratch schema */
    public DetectRevision(MigrationContext context, String scratchSchema) {
        this.context = context;
        this.scratchSchema = scratchSchema;
    }

    public DetectionResult run() {
        RevisionGraph graph = context.graph();
        try (Connection connection = context.connections().open()) {
            // A database ahead of the checkout has a schema no revision file describes; say that, not "nearest".
            new DatabaseState(graph, new SchemaHistory(connection).applied()).requireKnownRevisions(context.source().describe());
            SchemaReader reader = new SchemaReader(connection);
            String schema = reader.currentSchema();
            SchemaSnapshot live = reader.read(schema, SchemaReader.Scope.APPLICATION);
            List<String> matches = new ArrayList<>();
            List<SchemaChange> baseDifferences = SchemaComparison.compare(live, SchemaSnapshot.empty(schema));
            if (baseDifferences.isEmpty()) {
                matches.add(BASE);
            }
            List<String> alembic = origin(connection).alembicVersions();
            String nearest = null;
            List<SchemaChange> nearestDifferences = null;
            try (RevisionSchemaBuilder builder = new RevisionSchemaBuilder(connection, context, schema, scratchSchema)) {
                for (Revision revision : graph.topologicalOrder()) {
                    List<SchemaChange> differences = SchemaComparison.compare(live, builder.schemaOf(revision.id()));
                    if (differences.isEmpty()) {
                        matches.add(revision.id());
                    }
                    // Ties go to the revision alembic_version names, else to the later revision: the schema is more
                    // likely to have grown than to have shrunk.
                    if (nearest == null || differences.size() < nearestDifferences.size()
                            || (differences.size() == nearestDifferences.size()
                                && (alembic.contains(revision.id()) || !alembic.contains(nearest)))) {
                        nearest = revision.id();
                        nearestDifferences = differences;
                    }
                }
            }
            // Base is the nearest only of an empty revision folder: a schema with tables is never adopted as base.
            if (nearest == null) {
                nearest = BASE;
                nearestDifferences = baseDifferences;
            }
            List<String> recorded = recorded(connection, graph);
            return new DetectionResult(matches, matches.isEmpty() ? nearest : null,
                    matches.isEmpty() ? nearestDifferences : List.of(), recorded, origin(connection));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** What an unversioned database holds (its tables and alembic_version), without building anything. */
    public SchemaOrigin inspect() {
        return ReadOnlySession.run(context, "current", (connection, history) -> origin(connection));
    }

    private static List<String> recorded(Connection connection, RevisionGraph graph) throws SQLException {
        Set<String> applied = new HashSet<>(new SchemaHistory(connection).applied().keySet());
        applied.removeIf(id -> !graph.contains(id));
        return graph.headsOf(applied).stream().map(Revision::id).toList();
    }

    public static SchemaOrigin origin(Connection connection) throws SQLException {
        int tables;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql("application-tables"))) {
            rows.next();
            tables = rows.getInt(1);
        }
        String alembicTable = null;
        boolean hasVersionColumn = false;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql("alembic-version-table"))) {
            if (rows.next()) {
                alembicTable = rows.getString(1);
                hasVersionColumn = rows.getBoolean(2);
            }
        }
        List<String> versions = new ArrayList<>();
        if (alembicTable != null && hasVersionColumn) {
            // The name comes from regclass output, which quotes it as SQL needs; it cannot be a bind parameter.
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT version_num FROM " + alembicTable + " ORDER BY 1")) {
                while (rows.next()) {
                    versions.add(rows.getString(1));
                }
            }
        }
        return new SchemaOrigin(tables, versions, alembicTable != null);
    }

    private DatabaseAccessException failure(SQLException e) {
        return new DatabaseAccessException("Could not read the schema to detect its revision: "
                + UrlMasking.scrub(RevisionRunner.databaseMessage(e), context.connections().settings().password())
                + ". Nothing was changed; check that the user may read the catalog, then retry.", e);
    }

    private static String sql(String name) {
        return SqlResource.of(DetectRevision.class, name);
    }
}
