package org.strat.migrate.state;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.AppliedRevision;
import org.strat.migrate.revision.RevisionFile;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The refusal for applied revisions whose files were edited since: which ones, the ways forward that fit each, and
 * a unified diff from the text the database applied to the file as it is now.
 */
final class EditedFiles {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private EditedFiles() {
    }

    /** The applied revisions (all known to the graph) whose file's checksum is not the recorded one, oldest first. */
    static List<AppliedRevision> of(RevisionGraph graph, Map<String, AppliedRevision> applied,
                                    Function<String, RevisionFile> files) {
        return applied.values().stream().filter(row -> graph.contains(row.revision()))
                .filter(row -> !files.apply(row.revision()).accepts(row.checksum())).toList();
    }

    static EditedRevisionException refusal(RevisionGraph graph, Set<String> applied, List<AppliedRevision> edited,
                                           Function<String, RevisionFile> files) {
        StringBuilder message = new StringBuilder(edited.size() == 1
                ? "Applied revision " + graph.get(edited.get(0).revision()).label() + " was edited since it was applied,"
                        + " so nothing was run. "
                : "Applied revisions " + edited.stream().map(row -> graph.get(row.revision()).label())
                        .collect(Collectors.joining(", ")) + " were edited since they were applied, so nothing was run. ");
        message.append(edited.size() == 1 ? waysForward(graph, applied, edited.get(0))
                : "For each, below: the ways forward that fit, and what changed.");
        for (AppliedRevision row : edited) {
            RevisionFile file = files.apply(row.revision());
            if (edited.size() > 1) {
                message.append("\n  -> ").append(graph.get(row.revision()).label()).append(": ")
                        .append(waysForward(graph, applied, row));
            }
            message.append('\n').append(changes(row, file));
        }
        // Only the diff's last newline goes: its last lines may be blank context lines (" "), which are part of it.
        String text = message.toString();
        return new EditedRevisionException(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }

    private static String waysForward(RevisionGraph graph, Set<String> applied, AppliedRevision row) {
        String id = row.revision();
        String accept = "for a deliberate edit the database already matches, \"stratdb accept-edit " + id
                + " --reason <why>\"";
        if (!row.hasText()) {
            return "Restore the file as applied (see its history in version control), or, " + accept + "; "
                    + AppliedText.missingNote() + ", so it cannot show the change or undo it as applied.";
        }
        List<String> above = graph.topologicalOrder().stream().map(Revision::id)
                .filter(other -> applied.contains(other) && !other.equals(id)
                        && graph.ancestorsInclusive(other).contains(id)).toList();
        String retry = above.isEmpty()
                ? "in development, \"stratdb redo " + id + "\" undoes it with the downgrade it was applied with and"
                        + " applies the file as it is now"
                : "in development, \"stratdb downgrade " + parentTarget(graph, id) + "\" (it undoes " + id
                        + " and the revision(s) above it, " + String.join(", ", above) + ", with the downgrades they were"
                        + " applied with), then \"stratdb upgrade head\"";
        return "Ways forward: " + retry + "; " + accept + "; otherwise restore the file as applied (the diff below is"
                + " what changed).";
    }

    /** The downgrade target that removes a revision and what is above it: its parent, or base. */
    private static String parentTarget(RevisionGraph graph, String id) {
        List<String> parents = graph.get(id).downRevisions();
        return parents.isEmpty() ? "base" : parents.size() == 1 ? parents.get(0) : String.join(" / ", parents);
    }

    private static String changes(AppliedRevision row, RevisionFile file) {
        if (!row.hasText()) {
            return "  (recorded checksum " + row.checksum().substring(0, 12) + "…, file now " + file.checksum().substring(0, 12)
                    + "…; " + AppliedText.missingNote() + ", so the change cannot be shown)";
        }
        String applied = "as applied " + WHEN.format(row.appliedAt().withOffsetSameInstant(ZoneOffset.UTC));
        String diff = UnifiedDiff.of(row.fileName() + " (" + applied + ")", file.fileName() + " (the file now)",
                row.appliedText(), file.text());
        // Equal texts with different checksums cannot happen for texts stored and read back as they were written.
        return diff.isEmpty() ? "  (the file's text is the applied text; only its checksum differs)" : diff;
    }
}
