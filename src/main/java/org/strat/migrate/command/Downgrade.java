package org.strat.migrate.command;

import org.strat.migrate.graph.NotAnAncestorException;
import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.revision.RevisionFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Downgrade the database to an earlier revision.
 *
 * <p>Targets: {@code base} (remove every revision), {@code -N} (the last N applied), or a revision id or
 * unique prefix (remove everything applied that does not lead to it). Every revision to remove is checked
 * for a downgrade section before the first statement runs.
 */
public final class Downgrade {

    private final MigrationContext context;
    private final DestructiveDowngradeGuard guard;

    public Downgrade(MigrationContext context) {
        this(context, DestructiveDowngradeGuard.OFF);
    }

    /** A downgrade that checks, before its first statement, whether it would drop tables or columns holding rows. */
    public Downgrade(MigrationContext context, DestructiveDowngradeGuard guard) {
        this.context = context;
        this.guard = guard;
    }

    public DowngradeResult run(String target) {
        return run(target, ProgressListener.NONE);
    }

    public DowngradeResult run(String target, ProgressListener listener) {
        RevisionGraph graph = context.graph();
        String value = target == null ? "" : target.strip();
        String resolved = parse(graph, value);
        return LockedSession.run(context, "downgrade " + value, (connection, history) -> {
            DatabaseState state = new DatabaseState(graph, history.applied())
                    .requireKnownRevisions(context.source().describe())
                    .requireUnchangedFiles(context);
            List<Revision> path = path(graph, state, value, resolved);
            requireDowngradeSections(path);
            guard.check(connection, path.stream().map(revision -> context.file(revision.id())).toList(), context, value);
            List<String> from = state.currentIds();
            Set<String> applied = new HashSet<>(state.applied().keySet());
            List<RevisionStep> steps = new ArrayList<>();
            RevisionRunner runner = new RevisionRunner(connection, context.timeouts());
            listener.planned(path);
            for (Revision revision : path) {
                RevisionStep step = runner.downgrade(context.file(revision.id()), DatabaseState.describe(graph, applied));
                applied.remove(revision.id());
                steps.add(step);
                listener.completed(step);
            }
            List<String> to = graph.headsOf(applied).stream().map(Revision::id).toList();
            return new DowngradeResult(from, to, steps);
        });
    }

    /** Resolves an explicit revision before connecting; null for base and relative targets. */
    private static String parse(RevisionGraph graph, String value) {
        if (value.equals("base") || value.startsWith("-")) {
            if (value.startsWith("-")) {
                Steps.parse(value, "downgrade");
            }
            return null;
        }
        if (value.startsWith("+") || value.equals("head") || value.equals("heads") || value.isEmpty()) {
            throw new InvalidTargetException("\"" + value + "\" is not a downgrade target; downgrade takes base, -N"
                    + " or a revision. Use \"stratdb upgrade\" to go forward.");
        }
        return graph.resolve(value).id();
    }

    private static List<Revision> path(RevisionGraph graph, DatabaseState state, String value, String resolved) {
        Set<String> applied = state.applied().keySet();
        if (value.equals("base")) {
            return graph.downgradePath(applied, Set.of());
        }
        if (resolved == null) {
            int steps = Steps.parse(value, "downgrade");
            List<Revision> all = graph.downgradePath(applied, Set.of());
            if (all.isEmpty()) {
                throw new NotAnAncestorException("Cannot downgrade " + value + ": the database is at base, no revision"
                        + " is applied. Nothing was changed.");
            }
            if (all.size() < steps) {
                throw new NotAnAncestorException("Cannot downgrade " + value + ": only " + all.size()
                        + " revision(s) are applied (the database is at " + state.describeCurrent()
                        + "), so that would go below base. Use \"stratdb downgrade base\" to remove them all.");
            }
            return all.subList(0, steps);
        }
        if (!applied.contains(resolved)) {
            throw new MigrationRefusedException("Revision " + graph.get(resolved).label() + " is not applied (the database is at "
                    + state.describeCurrent() + "); downgrade only goes back. Use \"stratdb upgrade " + resolved + "\" to go forward.");
        }
        return graph.downgradePath(applied, graph.ancestorsInclusive(resolved));
    }

    private void requireDowngradeSections(List<Revision> path) {
        List<String> missing = path.stream().map(revision -> context.file(revision.id()))
                .filter(file -> !file.hasDowngrade()).map(RevisionFile::fileName).toList();
        if (!missing.isEmpty()) {
            throw new MigrationRefusedException("Cannot downgrade: " + String.join(", ", missing)
                    + " has an empty downgrade section, so nothing was run. Write its downgrade SQL, or downgrade to a"
                    + " revision above it.");
        }
    }
}
