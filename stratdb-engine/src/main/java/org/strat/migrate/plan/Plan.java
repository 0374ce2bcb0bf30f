package org.strat.migrate.plan;

import org.strat.migrate.catalog.SchemaReader;
import org.strat.migrate.connect.ConnectionFactory;
import org.strat.migrate.connect.UrlMasking;
import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.lint.Linter;
import org.strat.migrate.run.RevisionRunner;
import org.strat.migrate.run.Upgrade;
import org.strat.migrate.schema.ScratchSchema;
import org.strat.migrate.session.DatabaseAccessException;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.sql.SqlResource;
import org.strat.migrate.state.DatabaseState;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Show what an upgrade would do to this database, measured before it runs.
 *
 * <p>Every pending statement runs, in order, on a schema-only copy of the live schema in a scratch database that is
 * dropped afterwards ({@link org.strat.migrate.plan.ScratchDatabase}); {@code pg_locks} and {@code relfilenode} are
 * read after each. The live database is only read: its catalog, {@code pg_class} sizes, {@code pg_locks} and
 * {@code pg_stat_activity}, and the applied revisions. No migration lock is taken, so a plan can run beside an
 * upgrade. The one lock it can take on a live relation is PostgreSQL's own: printing a view's definition takes an
 * ACCESS SHARE lock on the view and the tables it reads for a moment; that wait is bounded (see session.sql).
 *
 * <p>Usage: {@code new Plan(context).run("head")}.
 */
public final class Plan {

    private static final String SQLSTATE_LOCK_NOT_AVAILABLE = "55P03";

    private final MigrationContext context;

    public Plan(MigrationContext context) {
        this.context = context;
    }

    public PlanResult run(String target) {
        RevisionGraph graph = context.graph();
        String argument = target == null ? "head" : target.strip();
        ConnectionFactory connections = context.connections();
        try (Connection live = connections.open()) {
            try (Statement statement = live.createStatement()) {
                statement.execute(SqlResource.of(Plan.class, "session"));
            }
            DatabaseState state = new DatabaseState(graph, new SchemaHistory(live).applied())
                    .requireKnownRevisions(context.source().describe())
                    .requireUnchangedFiles(context);
            List<Revision> path = Upgrade.pendingPath(graph, argument, state.applied().keySet());
            try {
                return new Planner(live, connections.settings(), ScratchSchema::withoutConcurrently).plan(argument,
                        state.currentIds(), path.stream().map(revision -> context.file(revision.id())).toList(),
                        Linter.standard().lint(context.files()));
            } catch (SQLException e) {
                if (SQLSTATE_LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    throw lockedOut(live, e);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseAccessException("Could not read the live database for the plan: "
                    + UrlMasking.scrub(RevisionRunner.databaseMessage(e), connections.settings().password())
                    + ". Nothing was changed; check that the user may read the catalog, then retry.", e);
        }
    }

    private static PlanFailedException lockedOut(Connection live, SQLException e) throws SQLException {
        String schema = new SchemaReader(live).currentSchema();
        List<BlockingSession> exclusive = new LiveDatabase(live, schema).heldLocks().stream()
                .filter(session -> session.holds() == LockMode.ACCESS_EXCLUSIVE).toList();
        String holders = exclusive.isEmpty() ? "" : ":\n  -> " + exclusive.stream()
                .map(session -> "pid " + session.pid() + " (" + session.applicationName() + ", " + session.state()
                        + ") holds AccessExclusiveLock on " + session.relation())
                .collect(Collectors.joining("\n  -> "));
        return new PlanFailedException("The plan could not read a view's definition: printing it takes a brief"
                + " ACCESS SHARE lock on the view and the tables it reads, and another session holds an ACCESS EXCLUSIVE"
                + " lock on one of them (a migration, a non-concurrent REFRESH, VACUUM FULL). Nothing was changed; run"
                + " the plan again when that session has finished" + holders, e);
    }
}
