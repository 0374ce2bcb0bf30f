package org.strat.migrate.run;

import org.strat.migrate.graph.NotAnAncestorException;
import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.graph.UnknownRevisionException;
import org.strat.migrate.guard.DestructiveDowngradeGuard;
import org.strat.migrate.history.AppliedRevision;
import org.strat.migrate.history.Direction;
import org.strat.migrate.plan.Plan;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.session.LockedSession;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.state.DatabaseState;
import org.strat.migrate.state.RevisionsAhead;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Downgrade the database to an earlier revision.
 *
 * <p>Targets: {@code base} (remove every revision), {@code -N} (the last N applied), or a revision id or
 * unique prefix (remove everything applied that does not lead to it). Every revision to remove is checked
 * for a downgrade section before the first statement runs.
 *
 * <p>Each revision is undone with the downgrade of the text the database applied ({@link DowngradeText}): a file
 * edited since, or missing from the checkout because it is on another branch, does not stop a downgrade that the
 * stored text can run. Revisions no file describes are placed in the graph by their stored {@code down_revision},
 * so a downgrade to a revision both know leaves the database where the checkout takes over.
 */
public final class Downgrade {

    private final MigrationContext context;
    private final DestructiveDowngradeGuard guard;
    private final boolean fromFiles;

    public Downgrade(MigrationContext context) {
        this(context, DestructiveDowngradeGuard.OFF);
    }

    /** A downgrade that checks, before its first statement, whether it would drop tables or columns holding rows. */
    public Downgrade(MigrationContext context, DestructiveDowngradeGuard guard) {
        this(context, guard, false);
    }

    /**
     * @param fromFiles run the downgrade section of each revision's file as it is now, even when the file was edited
     *                  since the revision was applied (the default runs the downgrade that was applied)
     */
    public Downgrade(MigrationContext context, DestructiveDowngradeGuard guard, boolean fromFiles) {
        this.context = context;
        this.guard = guard;
        this.fromFiles = fromFiles;
    }

    public DowngradeResult run(String target) {
        return run(target, ProgressListener.NONE);
    }

    public DowngradeResult run(String target, ProgressListener listener) {
        RevisionGraph files = context.graph();
        String value = target == null ? "" : target.strip();
        String resolved = parse(files, value);
        return LockedSession.run(context, "downgrade " + value, (connection, history) -> {
            // Every refusal that needs only the recorded revisions comes before the lock and the bookkeeping tables.
            plan(files, history.applied(), value, resolved);
            return Optional.empty();
        }, (connection, history) -> {
            Plan plan = plan(files, history.applied(), value, resolved);
            List<RevisionFile> toRun = plan.choices().stream().map(DowngradeText.Choice::file).toList();
            if (!toRun.isEmpty()) {
                ResumableRun.requireNoOtherInterruptedRun(history, toRun.get(0).id(), Direction.DOWNGRADE);
            }
            guard.check(connection, toRun, context, value);
            RevisionGraph graph = plan.state().graph();
            List<String> from = plan.state().currentIds();
            Set<String> applied = new HashSet<>(plan.state().applied().keySet());
            List<RevisionStep> steps = new ArrayList<>();
            RevisionRunner runner = new RevisionRunner(connection, history, context.timeouts());
            listener.planned(plan.path());
            plan.choices().stream().map(DowngradeText.Choice::notice).filter(Objects::nonNull).forEach(listener::notice);
            for (RevisionFile file : toRun) {
                RevisionStep step = runner.downgrade(file, DatabaseState.describe(graph, applied));
                applied.remove(file.id());
                steps.add(step);
                listener.completed(step);
            }
            List<String> to = graph.headsOf(applied).stream().map(Revision::id).toList();
            return new DowngradeResult(from, to, steps);
        });
    }

    /** What a downgrade would run, and how, from the recorded revisions; throws what refuses it. */
    private record Plan(DatabaseState state, List<Revision> path, List<DowngradeText.Choice> choices) {
    }

    private Plan plan(RevisionGraph files, Map<String, AppliedRevision> recorded, String value, String resolved) {
        RevisionGraph graph = withStoredRevisions(files, recorded);
        DatabaseState state = new DatabaseState(graph, recorded);
        List<Revision> path = path(graph, state, value, resolve(graph, value, resolved));
        List<DowngradeText.Choice> choices = path.stream().map(step -> DowngradeText.choose(step,
                files.contains(step.id()) ? context.file(step.id()) : null, recorded.get(step.id()), fromFiles)).toList();
        EmptySections.requireDowngradeStatements(choices.stream().map(DowngradeText.Choice::file).toList(),
                "downgrade " + value, EMPTY_DOWNGRADE_REMEDY);
        return new Plan(state, path, choices);
    }

    private static final String EMPTY_DOWNGRADE_REMEDY = "Write its downgrade SQL below \"-- downgrade\" and run this"
            + " again (a revision applied without a downgrade takes the one written since, while its upgrade section is"
            + " as applied; otherwise add --from-file), or downgrade to a revision above it. If undoing it means doing"
            + " nothing, say so in that section: \"-- lint-ok empty-downgrade: <reason>\".";

    /** The revision files' graph, plus the revisions applied from elsewhere as their stored texts place them. */
    private RevisionGraph withStoredRevisions(RevisionGraph files, Map<String, AppliedRevision> recorded) {
        RevisionsAhead ahead = new DatabaseState(files, recorded).ahead(context.source().describe());
        return ahead.isEmpty() ? files : ahead.extend(files);
    }

    /** The target revision's id: resolved from the files before connecting, else from the stored revisions too. */
    private static String resolve(RevisionGraph graph, String value, String resolved) {
        boolean revision = !value.equals("base") && !value.startsWith("-");
        return resolved != null || !revision ? resolved : graph.resolve(value).id();
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
        try {
            return graph.resolve(value).id();
        } catch (UnknownRevisionException e) {
            // Perhaps a revision the database applied from another branch: resolved against its stored text.
            return null;
        }
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
}
