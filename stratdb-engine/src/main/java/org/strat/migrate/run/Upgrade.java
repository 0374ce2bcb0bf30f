package org.strat.migrate.run;

import org.strat.migrate.graph.MultipleHeadsException;
import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.Direction;
import org.strat.migrate.history.SchemaHistory;
import org.strat.migrate.session.LockedSession;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.state.DatabaseState;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Upgrade the database to a later revision.
 *
 * <p>Targets: {@code head} (the single head), {@code heads} (every head), {@code +N} (the next N pending
 * revisions), or a revision id or unique prefix. Each revision commits on its own with its bookkeeping, so an
 * upgrade that fails part-way leaves the database at the last revision that completed.
 */
public final class Upgrade {

    private final MigrationContext context;

    public Upgrade(MigrationContext context) {
        this.context = context;
    }

    public UpgradeResult run(String target) {
        return run(target, ProgressListener.NONE);
    }

    public UpgradeResult run(String target, ProgressListener listener) {
        RevisionGraph graph = context.graph();
        Target parsed = Target.parse(graph, target);
        return LockedSession.run(context, "upgrade " + target, (connection, history) -> {
            DatabaseState state = checkedState(graph, history);
            parsed.requireUsable();
            List<Revision> pending = parsed.path(graph, state.applied().keySet());
            if (!pending.isEmpty()) {
                // Refused here, before the lock and the bookkeeping tables, a refusal changes nothing at all.
                requireUpgradeStatements(pending);
                return Optional.empty();
            }
            ResumableRun.requireNoInterruptedDowngrade(history);
            listener.planned(List.of());
            return Optional.of(new UpgradeResult(state.currentIds(), state.currentIds(), List.of()));
        }, (connection, history) -> {
            DatabaseState state = checkedState(graph, history);
            parsed.requireUsable();
            List<String> from = state.currentIds();
            Set<String> applied = new HashSet<>(state.applied().keySet());
            List<RevisionStep> steps = new ArrayList<>();
            RevisionRunner runner = new RevisionRunner(connection, history, context.timeouts());
            List<Revision> path = parsed.path(graph, applied);
            requireUpgradeStatements(path);
            if (!path.isEmpty()) {
                ResumableRun.requireNoOtherInterruptedRun(history, path.get(0).id(), Direction.UPGRADE);
            } else {
                ResumableRun.requireNoInterruptedDowngrade(history);
            }
            listener.planned(path);
            for (Revision revision : path) {
                String stillAt = DatabaseState.describe(graph, applied);
                RevisionStep step;
                try {
                    step = runner.upgrade(context.file(revision.id()), stillAt);
                } catch (RevisionFailedException e) {
                    throw applied.isEmpty() && BuiltWithoutStratdb.isTheCause(e) ? BuiltWithoutStratdb.refusal(connection, history, e) : e;
                }
                applied.add(revision.id());
                steps.add(step);
                listener.completed(step);
            }
            List<String> to = graph.headsOf(applied).stream().map(Revision::id).toList();
            return new UpgradeResult(from, to, steps);
        });
    }

    /** The revisions an upgrade to {@code target} would apply, in order, to a database with {@code applied}. */
    public static List<Revision> pendingPath(RevisionGraph graph, String target, Set<String> applied) {
        Target parsed = Target.parse(graph, target);
        parsed.requireUsable();
        return parsed.path(graph, applied);
    }

    private void requireUpgradeStatements(List<Revision> path) {
        EmptySections.requireUpgradeStatements(path.stream().map(revision -> context.file(revision.id())).toList(), "upgrade");
    }

    private DatabaseState checkedState(RevisionGraph graph, SchemaHistory history) throws SQLException {
        return new DatabaseState(graph, history.applied())
                .requireKnownRevisions(context.source().describe())
                .requireUnchangedFiles(context);
    }

    /**
     * A parsed upgrade target; relative ones are resolved against the applied set under the lock.
     *
     * @param unusable why "head" names no revision (two heads), told only after the database was checked
     *                 ({@link #checkedState}): a checkout with two heads may be a database ahead of it (a branch
     *                 merged without the merge revision the database applied from another branch), or an applied
     *                 revision whose down_revision was edited; suggesting a merge would then be wrong, so what the
     *                 database shows is said first
     */
    private record Target(String argument, List<String> revisions, int relative, MultipleHeadsException unusable) {

        Target(String argument, List<String> revisions, int relative) {
            this(argument, revisions, relative, null);
        }

        static Target parse(RevisionGraph graph, String argument) {
            String value = argument == null ? "head" : argument.strip();
            if (value.equals("head")) {
                try {
                    Revision head = graph.singleHead(value);
                    return new Target(value, head == null ? List.of() : List.of(head.id()), 0);
                } catch (MultipleHeadsException twoHeads) {
                    return new Target(value, List.of(), 0, twoHeads);
                }
            }
            if (value.equals("heads")) {
                return new Target(value, graph.heads().stream().map(Revision::id).toList(), 0);
            }
            if (value.startsWith("+")) {
                return new Target(value, List.of(), Steps.parse(value, "upgrade"));
            }
            if (value.startsWith("-") || value.equals("base")) {
                throw new InvalidTargetException("\"" + value + "\" goes down; upgrade takes head, heads, +N or a revision."
                        + " Use \"stratdb downgrade " + value + "\".");
            }
            return new Target(value, List.of(graph.resolve(value).id()), 0);
        }

        void requireUsable() {
            if (unusable != null) {
                throw unusable;
            }
        }

        List<Revision> path(RevisionGraph graph, Set<String> applied) {
            if (relative == 0) {
                return graph.upgradePath(applied, revisions);
            }
            Revision head = graph.singleHead(argument);
            List<Revision> pending = head == null ? List.of() : graph.upgradePath(applied, List.of(head.id()));
            if (pending.size() < relative) {
                throw new MigrationRefusedException("Cannot upgrade " + argument + ": only " + pending.size()
                        + " revision(s) are pending. Run \"stratdb upgrade head\" to apply them all.");
            }
            return pending.subList(0, relative);
        }
    }
}
