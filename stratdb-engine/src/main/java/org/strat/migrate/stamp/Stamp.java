package org.strat.migrate.stamp;

import org.strat.migrate.catalog.SchemaReader;
import org.strat.migrate.catalog.SchemaSnapshot;
import org.strat.migrate.catalog.change.SchemaChange;
import org.strat.migrate.catalog.compare.SchemaComparison;
import org.strat.migrate.connect.UrlMasking;
import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.run.InvalidTargetException;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.run.RevisionRunner;
import org.strat.migrate.schema.RevisionSchemaBuilder;
import org.strat.migrate.schema.ScratchSchema;
import org.strat.migrate.session.DatabaseAccessException;
import org.strat.migrate.session.LockedSession;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.state.DatabaseState;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Record a revision as applied without running it, after proving that the database schema is that revision's.
 *
 * <p>The revision's schema is built from its upgrade chain in a scratch schema inside a transaction that is rolled
 * back ({@link ScratchSchema}), and compared with the live schema ({@link SchemaComparison}); the tools' own tables
 * are left out of the comparison. Only when they agree (or with {@code force}) does the stamp take the migration
 * lock, check that the schema did not change meanwhile, and write its bookkeeping: the revision and its ancestors
 * become the applied revisions, with a 'stamp' row in the log for each. It never changes the schema.
 *
 * <p>Usage: {@code new Stamp(context).run("001", false)}; targets are {@code head}, {@code base}, or a revision id
 * or unique prefix.
 */
public final class Stamp {

    private final MigrationContext context;
    private final String scratchSchema;

    public Stamp(MigrationContext context) {
        this(context, null);
    }

    /** @param scratchSchema an existing empty schema to build in, for a user who may not create schemas; or null */
    public Stamp(MigrationContext context, String scratchSchema) {
        this.context = context;
        this.scratchSchema = scratchSchema;
    }

    public StampResult run(String target, boolean force) {
        RevisionGraph graph = context.graph();
        String revision = resolve(graph, target == null ? "" : target.strip());
        String label = revision == null ? "base" : "revision " + graph.get(revision).label();
        String where = "in " + (revision == null ? "base" : revision);
        Comparison comparison = compare(revision);
        if (!comparison.differences().isEmpty() && !force) {
            throw new StampMismatchException(revision == null ? "base" : revision, label, where, comparison.differences());
        }
        return LockedSession.run(context, "stamp " + (revision == null ? "base" : revision), (connection, history) -> {
            if (!force) {
                SchemaSnapshot now = new SchemaReader(connection).read(comparison.schema(), SchemaReader.Scope.APPLICATION);
                List<SchemaChange> changed = SchemaComparison.compare(now, comparison.expected());
                if (!changed.isEmpty()) {
                    throw new MigrationRefusedException("The schema changed while stamp compared it with " + label
                            + ", so nothing was recorded. Run the stamp again once nothing else changes the schema."
                            + StampMismatchException.lines(changed, where));
                }
            }
            Set<String> wanted = revision == null ? Set.of() : graph.ancestorsInclusive(revision);
            Set<String> applied = new DatabaseState(graph, history.applied())
                    .requireKnownRevisions(context.source().describe()).applied().keySet();
            List<RevisionFile> add = graph.upgradePath(applied, wanted).stream().map(this::file).toList();
            List<RevisionFile> remove = graph.downgradePath(applied, wanted).stream().map(this::file).toList();
            new StampRecorder(connection).record(add, remove, force);
            return new StampResult(revision, add.stream().map(RevisionFile::id).toList(),
                    remove.stream().map(RevisionFile::id).toList(), comparison.differences(), force);
        });
    }

    private RevisionFile file(Revision revision) {
        return context.file(revision.id());
    }

    /** The revision id a target names, or null for base; refuses what stamp cannot take before connecting. */
    public static String resolve(RevisionGraph graph, String target) {
        switch (target) {
            case "base":
                return null;
            case "head": {
                Revision head = graph.singleHead("head");
                return head == null ? null : head.id();
            }
            case "", "heads":
                throw new InvalidTargetException("Stamp takes one revision: head, base, or a revision id (\""
                        + target + "\" is not one). To find the revision the schema matches, run \"stratdb stamp --detect\".");
            default:
                if (target.startsWith("+") || target.startsWith("-")) {
                    throw new InvalidTargetException("Stamp takes a revision, not a step count (\"" + target
                            + "\"): head, base, or a revision id.");
                }
                return graph.resolve(target).id();
        }
    }

    // Outside the lock, on a connection of its own: a refused stamp writes nothing, not even the bookkeeping tables.
    private Comparison compare(String revision) {
        try (Connection connection = context.connections().open()) {
            String schema = new SchemaReader(connection).currentSchema();
            SchemaSnapshot expected;
            try (RevisionSchemaBuilder builder = new RevisionSchemaBuilder(connection, context, schema, scratchSchema)) {
                expected = builder.schemaOf(revision);
            }
            SchemaSnapshot live = new SchemaReader(connection).read(schema, SchemaReader.Scope.APPLICATION);
            return new Comparison(schema, expected, SchemaComparison.compare(live, expected));
        } catch (SQLException e) {
            throw new DatabaseAccessException("Could not read the schema to compare it for stamp: "
                    + UrlMasking.scrub(RevisionRunner.databaseMessage(e), context.connections().settings().password())
                    + ". Nothing was changed; check that the user may read the catalog, then retry.", e);
        }
    }

    private record Comparison(String schema, SchemaSnapshot expected, List<SchemaChange> differences) {
    }
}
