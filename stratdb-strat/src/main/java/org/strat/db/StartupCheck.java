package org.strat.db;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.state.CurrentResult;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application's start-up check on one connection: is the schema at the head of the packaged revisions, and
 * do the models validate against it (every mapped table and column exists, with a type Hibernate's validator
 * would accept)? It creates and changes nothing.
 *
 * <p>Everything that does not depend on the database (the revision graph, the tables and columns the models
 * expect) is prepared once, in {@link #of}; a {@link #run} is then three small queries: whether stratdb_revision
 * exists and its rows (through {@link SchemaHistory}, as the stratdb commands read them), then, at head only, one
 * pg_catalog query for the mapped tables' columns.
 *
 * <p>Usage: {@code StartupCheck.of(StartupCheck.revisionGraph(RevisionSource.classpath()), factory)
 * .run(connection).requireReady(url)}. Immutable and thread-safe; the caller owns the connection.
 */
public final class StartupCheck {

    private final RevisionGraph graph;
    private final ExpectedSchema expected;
    private final ColumnTypeRule typeRule;

    private StartupCheck(RevisionGraph graph, ExpectedSchema expected, ColumnTypeRule typeRule) {
        this.graph = graph;
        this.expected = expected;
        this.typeRule = typeRule;
    }

    /** Reads and parses the revision files; of them, the check needs only the graph. */
    public static RevisionGraph revisionGraph(RevisionSource source) {
        return RevisionGraph.of(source.load().stream().map(RevisionFile::toRevision).toList());
    }

    /** Prepares the check of the models of {@code factory} (built without Hibernate's own validation). */
    public static StartupCheck of(RevisionGraph graph, EntityManagerFactory factory) {
        SessionFactoryImplementor sessionFactory = factory.unwrap(SessionFactoryImplementor.class);
        ColumnTypeRule typeRule = new ColumnTypeRule(sessionFactory.getJdbcServices().getDialect(),
                sessionFactory.getTypeConfiguration().getJdbcTypeRegistry());
        return new StartupCheck(graph, ExpectedSchema.of(sessionFactory), typeRule);
    }

    /** Runs the check; the models are compared only when the schema is at head. */
    public StartupCheckResult run(Connection connection) throws SQLException {
        Set<String> applied = new SchemaHistory(connection).appliedIds();
        CurrentResult position = CurrentResult.of(graph, applied, !applied.isEmpty(), null);
        if (applied.isEmpty()) {
            LiveSchema live = LiveSchema.read(connection, expected.tableNames());
            boolean unrecordedTables = expected.tableNames().stream().anyMatch(name -> live.columnsOf(name) != null);
            return new StartupCheckResult(List.of(), position.heads(), List.of(), position.pending(), List.of(),
                    unrecordedTables);
        }
        List<SchemaMismatch> mismatches = List.of();
        if (position.atHead()) {
            mismatches = mismatches(LiveSchema.read(connection, expected.tableNames()));
        }
        return new StartupCheckResult(position.current(), position.heads(), position.unknown(), position.pending(),
                mismatches);
    }

    private List<SchemaMismatch> mismatches(LiveSchema live) {
        List<SchemaMismatch> mismatches = new ArrayList<>();
        for (ExpectedSchema.Table table : expected.tables()) {
            Map<String, LiveSchema.Column> liveColumns = live.columnsOf(table.name());
            if (liveColumns == null) {
                mismatches.add(SchemaMismatch.missingTable(table.name()));
                continue;
            }
            for (ExpectedSchema.Column column : table.columns().values()) {
                LiveSchema.Column liveColumn = liveColumns.get(column.name());
                if (liveColumn == null) {
                    mismatches.add(SchemaMismatch.missingColumn(table.name(), column.name()));
                } else if (!typeRule.matches(column, liveColumn)) {
                    mismatches.add(SchemaMismatch.wrongType(table.name(), column.name(), liveColumn.declaredType(),
                            column.ddlType()));
                }
            }
        }
        return mismatches;
    }
}
