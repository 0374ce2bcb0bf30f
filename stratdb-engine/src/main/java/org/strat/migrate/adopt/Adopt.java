package org.strat.migrate.adopt;

import org.strat.migrate.catalog.Naming;
import org.strat.migrate.catalog.SchemaReader;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.change.SchemaChange;
import org.strat.migrate.catalog.compare.SchemaComparison;
import org.strat.migrate.connect.UrlMasking;
import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.run.InvalidTargetException;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.run.RevisionRunner;
import org.strat.migrate.schema.RevisionSchemaBuilder;
import org.strat.migrate.session.DatabaseAccessException;
import org.strat.migrate.session.LockedSession;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.stamp.DetectRevision;
import org.strat.migrate.stamp.SchemaOrigin;
import org.strat.migrate.stamp.Stamp;
import org.strat.migrate.stamp.StampMismatchException;
import org.strat.migrate.state.DatabaseState;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Make the schema of a database built without stratdb identical to a revision's, online, then record that revision.
 *
 * <p>The revision is the one named, or the one whose schema is closest to the live one (fewest differences, names
 * counted; the revision alembic_version names wins a tie). Its schema is built in a scratch schema that is rolled
 * back ({@link RevisionSchemaBuilder}); the differences become steps ({@link AdoptionPlanner}). Everything that
 * could refuse (a difference that would lose or rewrite data, rows that a constraint to add would reject) is looked
 * at first, on a connection of its own and without the migration lock: a refused adoption changes nothing and
 * creates none of stratdb's tables. Then, under the lock, the plan is made again from the schema as it is then, each
 * step runs and commits on its own, the schema is compared once more, and the revision and its ancestors are
 * recorded with an 'adopt' row each in stratdb_log (the adopted revision's row holds the SQL that ran).
 *
 * <p>Each step is complete and safe on its own, so an adoption interrupted anywhere (kill -9) leaves a schema on the
 * way, with nothing recorded; the next adoption plans from there and finishes the job.
 *
 * <p>Usage: {@code new Adopt(context).run(null, step -> {})}; {@link #plan(String)} for {@code --sql}.
 */
public final class Adopt {

    private final MigrationContext context;
    private final String scratchSchema;

    public Adopt(MigrationContext context) {
        this(context, null);
    }

    /** @param scratchSchema an existing empty schema to build revisions in, or null to create a scratch schema */
    public Adopt(MigrationContext context, String scratchSchema) {
        this.context = context;
        this.scratchSchema = scratchSchema;
    }

    /** What {@link #run} would do, changing nothing: the revision, the differences and the steps. */
    public AdoptResult plan(String target) {
        Survey survey = survey(target);
        return new AdoptResult(survey.revision(), survey.choice(), survey.plan().differences(), survey.plan().steps(),
                List.of(), List.of(), true);
    }

    /**
     * Adopt the database: reconcile, then record.
     *
     * @param target   a revision id or prefix, {@code head}, or null for the closest revision
     * @param progress told of each step once it has committed
     * @throws AdoptionRefusedException when a difference or a row stands in the way (nothing was changed)
     */
    public AdoptResult run(String target, Consumer<AdoptResult.ExecutedStep> progress) {
        Survey survey = survey(target);
        String where = "in " + survey.revision();
        return LockedSession.run(context, "adopt " + survey.revision(), (connection, history) -> {
            requireNothingRecorded(connection, context.graph());
            SchemaSnapshot live = read(connection);
            List<SchemaChange> differences = SchemaComparison.compare(live, survey.expected(), Naming.EXACT);
            AdoptionPlan plan = AdoptionPlanner.plan(live, differences, where);
            if (!plan.refusals().isEmpty()) {
                history.dropIfEmpty();
                throw refusal(survey.revision(), "The schema changed while adopt planned", plan.refusals());
            }
            long start = System.nanoTime();
            List<AdoptResult.ExecutedStep> ran = new AdoptionRunner(connection, plan.steps().size()).run(plan.steps(), progress);
            List<SchemaChange> left = SchemaComparison.compare(read(connection), survey.expected(), Naming.EXACT);
            if (!left.isEmpty()) {
                throw new MigrationRefusedException("Adopt ran " + ran.size() + " step(s), but the schema still differs from "
                        + survey.revision() + ", so nothing was recorded. Run \"stratdb adopt " + survey.revision()
                        + "\" again; if it repeats, report it." + StampMismatchException.lines(left, where));
            }
            int durationMs = (int) ((System.nanoTime() - start) / 1_000_000);
            List<String> recorded = new AdoptionRecorder(connection, context).record(survey.revision(),
                    new AdoptResult(survey.revision(), survey.choice(), differences, plan.steps(), ran, List.of(), false).sql(),
                    ran.size(), durationMs);
            return new AdoptResult(survey.revision(), survey.choice(), differences, plan.steps(), ran, recorded, false);
        });
    }

    // Outside the lock, on a connection of its own: whatever refuses here has changed nothing at all.
    private Survey survey(String target) {
        RevisionGraph graph = context.graph();
        String named = target == null ? null : Stamp.resolve(graph, target.strip());
        if (target != null && named == null) {
            throw new InvalidTargetException("Adopt takes a revision to make the schema identical to (or none, for the"
                    + " closest one), not base.");
        }
        try (Connection connection = context.connections().open()) {
            requireNothingRecorded(connection, graph);
            SchemaOrigin origin = DetectRevision.origin(connection);
            if (origin.applicationTables() == 0) {
                throw new MigrationRefusedException("There is nothing to adopt: the database has no tables besides"
                        + " stratdb's own. Build it with \"stratdb upgrade head\".");
            }
            String schema = new SchemaReader(connection).currentSchema();
            SchemaSnapshot live = new SchemaReader(connection).read(schema, SchemaReader.Scope.APPLICATION);
            Candidate chosen;
            try (RevisionSchemaBuilder builder = new RevisionSchemaBuilder(connection, context, schema, scratchSchema)) {
                chosen = named != null ? candidate(builder, live, named)
                        : closest(builder, live, graph, origin.alembicVersions());
            }
            String choice = named != null ? "named on the command line" : "closest of " + graph.topologicalOrder().size()
                    + " revision(s)" + (origin.alembicSays() == null ? "" : "; " + origin.alembicSays());
            AdoptionPlan plan = AdoptionPlanner.plan(live, chosen.differences(), "in " + chosen.revision());
            if (!plan.refusals().isEmpty()) {
                throw refusal(chosen.revision(), "Adopt would have to lose or rewrite data", plan.refusals());
            }
            List<String> violations = violations(connection, plan.rowChecks());
            if (!violations.isEmpty()) {
                throw new AdoptionRefusedException("Rows of this database break rules of revision " + label(chosen.revision())
                        + ", so adopt changed nothing. Fix or delete those rows (each line has a query that lists them),"
                        + " then run \"stratdb adopt\" again.", violations);
            }
            return new Survey(chosen.revision(), choice, chosen.expected(), plan);
        } catch (SQLException e) {
            throw new DatabaseAccessException("Could not read the schema to plan the adoption: "
                    + UrlMasking.scrub(RevisionRunner.databaseMessage(e), context.connections().settings().password())
                    + ". Nothing was changed; check that the user may read the catalog and create a scratch schema"
                    + " (or name one with --scratch-schema), then retry.", e);
        }
    }

    private static Candidate candidate(RevisionSchemaBuilder builder, SchemaSnapshot live, String revision) throws SQLException {
        SchemaSnapshot expected = builder.schemaOf(revision);
        return new Candidate(revision, expected, SchemaComparison.compare(live, expected, Naming.EXACT));
    }

    // Fewest differences wins; on a tie the revision alembic_version names, else the later one (a schema is more
    // likely to have grown than shrunk).
    private static Candidate closest(RevisionSchemaBuilder builder, SchemaSnapshot live, RevisionGraph graph,
                                     List<String> alembicVersions) throws SQLException {
        Candidate best = null;
        for (Revision revision : graph.topologicalOrder()) {
            Candidate candidate = candidate(builder, live, revision.id());
            if (best == null || candidate.differences().size() < best.differences().size()
                    || (candidate.differences().size() == best.differences().size()
                        && (alembicVersions.contains(candidate.revision()) || !alembicVersions.contains(best.revision())))) {
                best = candidate;
            }
        }
        if (best == null) {
            throw new MigrationRefusedException("There is no revision to adopt: the revision folder is empty.");
        }
        return best;
    }

    private static List<String> violations(Connection connection, List<RowCheck> checks) throws SQLException {
        List<String> found = new ArrayList<>();
        for (RowCheck check : checks) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(check.countQuery())) {
                rows.next();
                long count = rows.getLong(1);
                if (count > 0) {
                    found.add(count + " row(s) break " + check.rule() + "; list them with: " + check.findQuery());
                }
            }
        }
        return found;
    }

    private static void requireNothingRecorded(Connection connection, RevisionGraph graph) throws SQLException {
        Set<String> applied = new SchemaHistory(connection).applied().keySet();
        if (!applied.isEmpty()) {
            throw new MigrationRefusedException("stratdb already records " + DatabaseState.describe(graph, applied)
                    + " for this database, so there is nothing to adopt (adopt is for a database built without stratdb)."
                    + " Run \"stratdb upgrade head\" to go on from there, or \"stratdb check\" to compare it with the models.");
        }
    }

    private AdoptionRefusedException refusal(String revision, String what, List<String> refusals) {
        return new AdoptionRefusedException(what + " to make the schema identical to revision " + label(revision)
                + ": " + refusals.size() + " difference(s), so nothing was changed (no stratdb table was created either)."
                + " Deal with each one as it says, or adopt another revision (\"stratdb adopt <revision>\").", refusals);
    }

    private String label(String revision) {
        return context.graph().get(revision).label();
    }

    private static SchemaSnapshot read(Connection connection) throws SQLException {
        SchemaReader reader = new SchemaReader(connection);
        return reader.read(reader.currentSchema(), SchemaReader.Scope.APPLICATION);
    }

    private record Candidate(String revision, SchemaSnapshot expected, List<SchemaChange> differences) {
    }

    private record Survey(String revision, String choice, SchemaSnapshot expected, AdoptionPlan plan) {
    }
}
