package org.strat.migrate.startup;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    private final Set<String> revisionIds;
    private final List<String> heads;
    private final ExpectedSchema expected;
    private final ColumnTypeRule typeRule;

    private StartupCheck(RevisionGraph graph, ExpectedSchema expected, ColumnTypeRule typeRule) {
        this.graph = graph;
        this.revisionIds = graph.topologicalOrder().stream().map(Revision::id).collect(Collectors.toUnmodifiableSet());
        this.heads = graph.heads().stream().map(Revision::id).toList();
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
        Set<String> applied = new SchemaHistory(connection).applied().keySet();
        // At head exactly when every packaged revision and nothing else is applied: every revision is an
        // ancestor of some head, so nothing is pending, nothing is unknown, and the current revisions are the heads.
        if (applied.isEmpty()) {
            LiveSchema live = LiveSchema.read(connection, expected.tableNames());
            boolean unrecordedTables = expected.tableNames().stream().anyMatch(name -> live.columnsOf(name) != null);
            return new StartupCheckResult(List.of(), heads, List.of(), graph.upgradePath(Set.of(), heads).size(),
                    List.of(), unrecordedTables);
        }
        if (!applied.equals(revisionIds)) {
            return belowOrBeyondHead(applied);
        }
        LiveSchema live = LiveSchema.read(connection, expected.tableNames());
        return new StartupCheckResult(heads, heads, List.of(), 0, mismatches(live));
    }

    private StartupCheckResult belowOrBeyondHead(Set<String> applied) {
        List<String> unknown = applied.stream().filter(id -> !graph.contains(id)).toList();
        Set<String> known = applied.stream().filter(graph::contains).collect(Collectors.toSet());
        List<String> current = graph.headsOf(known).stream().map(Revision::id).toList();
        int pending = graph.upgradePath(known, heads).size();
        return new StartupCheckResult(current, heads, unknown, pending, List.of());
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
