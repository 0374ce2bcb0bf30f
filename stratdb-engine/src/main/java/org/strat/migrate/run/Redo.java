package org.strat.migrate.run;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.guard.DestructiveDowngradeGuard;
import org.strat.migrate.history.AppliedRevision;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.session.LockedSession;
import org.strat.migrate.session.MigrationContext;
import org.strat.migrate.state.AppliedText;
import org.strat.migrate.state.DatabaseState;
import org.strat.migrate.state.EditedRevisionException;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Undo an applied revision with the downgrade it was applied with, then apply its file as it is now.
 *
 * <p>The edit-and-retry loop of writing a revision in one command: apply it, find a mistake, edit the file, redo.
 * The revision is the database's current one by default, and must have nothing applied above it (undoing those
 * is a downgrade's job, which names them). Everything is checked before the first statement: an upgrade section
 * with no statement, a downgrade that would drop rows (the guard refuses unless confirmed), a downgrade that cannot
 * be known. The downgrade and the upgrade each commit with their bookkeeping, so a failing new upgrade leaves the
 * database at the revision below, where {@code stratdb upgrade} takes over once the file is fixed.
 */
public final class Redo {

    private final MigrationContext context;
    private final DestructiveDowngradeGuard guard;

    public Redo(MigrationContext context, DestructiveDowngradeGuard guard) {
        this.context = context;
        this.guard = guard;
    }

    /** @param argument a revision id or unique prefix, or null for the revision the database is at */
    public RedoResult run(String argument, ProgressListener listener) {
        RevisionGraph graph = context.graph();
        String named = argument == null || argument.isBlank() ? null : graph.resolve(argument.strip()).id();
        String command = "redo" + (named == null ? "" : " " + named);
        return LockedSession.run(context, command, (connection, history) -> {
            // Every refusal that needs only the recorded revisions comes before the lock and the bookkeeping tables.
            plan(graph, new DatabaseState(graph, history.applied()), named);
            return Optional.empty();
        }, (connection, history) -> {
            DatabaseState state = new DatabaseState(graph, history.applied());
            DowngradeText.Choice choice = plan(graph, state, named);
            String id = choice.file().id();
            RevisionFile file = context.file(id);
            guard.check(connection, List.of(choice.file()), context, "of " + id + " by redo");
            listener.planned(List.of(graph.get(id)));
            if (choice.applied()) {
                listener.notice("Reverting " + id + " with the downgrade it was applied with, then applying "
                        + file.fileName() + " as it is now.");
            } else if (choice.notice() != null) {
                listener.notice(choice.notice());
            }
            Set<String> applied = new HashSet<>(state.applied().keySet());
            RevisionRunner runner = new RevisionRunner(connection, history, context.timeouts());
            RevisionStep reverted = runner.downgrade(choice.file(), DatabaseState.describe(graph, applied));
            listener.completed(reverted);
            applied.remove(id);
            RevisionStep reapplied = runner.upgrade(file, DatabaseState.describe(graph, applied) + " (the redo undid "
                    + id + " before this failed; once the file is fixed, apply it with \"stratdb upgrade " + id
                    + "\", not redo)");
            listener.completed(reapplied);
            return new RedoResult(id, reverted, reapplied);
        });
    }

    /** The downgrade that undoes the revision to redo, once everything that would refuse the redo is ruled out. */
    private DowngradeText.Choice plan(RevisionGraph graph, DatabaseState state, String named) {
        String id = checkedRevision(graph, state, named);
        AppliedRevision row = state.applied().get(id);
        if (!row.hasText() && !row.checksum().equals(context.file(id).checksum())) {
            List<String> parents = graph.get(id).downRevisions();
            throw new EditedRevisionException("Cannot redo " + graph.get(id).label() + ": its file was edited since it"
                    + " was applied, and " + AppliedText.missingNote() + ", so the downgrade that undoes what was applied"
                    + " is unknown; nothing was run. If the file's downgrade undoes it, run \"stratdb downgrade "
                    + (parents.size() == 1 ? parents.get(0) : parents.isEmpty() ? "base" : "-1") + " --from-file\", then"
                    + " \"stratdb upgrade head\"; otherwise restore the file as applied.");
        }
        DowngradeText.Choice choice = DowngradeText.choose(graph.get(id), context.file(id), state.applied().get(id), false);
        EmptySections.requireDowngradeStatements(List.of(choice.file()), "redo " + id, "Write the downgrade SQL"
                + " that undoes what was applied below \"-- downgrade\", then redo it; or, if undoing it means doing"
                + " nothing, say so in that section: \"-- lint-ok empty-downgrade: <reason>\".");
        return choice;
    }

    /** The revision to redo, once everything that would refuse it is ruled out; on any connection, lock or not. */
    private String checkedRevision(RevisionGraph graph, DatabaseState state, String named) {
        state.requireKnownRevisions(context.source().describe());
        String id = named != null ? named : currentRevision(state);
        if (!state.applied().containsKey(id)) {
            throw new MigrationRefusedException("Cannot redo " + graph.get(id).label() + ": it is not applied (the"
                    + " database is at " + state.describeCurrent() + "), so there is nothing to undo. Apply it with"
                    + " \"stratdb upgrade " + id + "\".");
        }
        List<String> above = graph.topologicalOrder().stream().map(Revision::id)
                .filter(other -> !other.equals(id) && state.applied().containsKey(other)
                        && graph.ancestorsInclusive(other).contains(id)).toList();
        if (!above.isEmpty()) {
            throw new MigrationRefusedException("Cannot redo " + graph.get(id).label() + ": " + String.join(", ", above)
                    + (above.size() == 1 ? " is" : " are") + " applied above it, so nothing was run. Undo "
                    + (above.size() == 1 ? "it" : "them") + " first with \"stratdb downgrade " + id + "\", then redo "
                    + id + " and \"stratdb upgrade head\".");
        }
        EmptySections.requireUpgradeStatements(List.of(context.file(id)), "redo " + id);
        return id;
    }

    private static String currentRevision(DatabaseState state) {
        List<String> current = state.currentIds();
        if (current.isEmpty()) {
            throw new MigrationRefusedException("Cannot redo: no revision is applied (the database is at base), so"
                    + " there is nothing to undo. Run \"stratdb upgrade head\".");
        }
        if (current.size() > 1) {
            throw new MigrationRefusedException("Cannot redo: the database is at " + String.join(" + ", current)
                    + " (several branches), so which one to redo is not clear; nothing was run. Name it, e.g."
                    + " \"stratdb redo " + current.get(0) + "\".");
        }
        return current.get(0);
    }
}
