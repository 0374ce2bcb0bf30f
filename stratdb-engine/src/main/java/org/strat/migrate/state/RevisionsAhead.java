package org.strat.migrate.state;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.history.AppliedRevision;
import org.strat.migrate.revision.RevisionFile;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A database ahead of the checkout: revisions applied that no revision file describes, usually because their files
 * are on another branch. One description of it, which every command gives: which revisions, their messages and
 * dates from the text the database stored when it applied them, and the way back to a revision both know.
 *
 * @param source   where the revision files were read, for the message
 * @param revisions the applied revisions no file describes, in the order they were applied
 * @param backTo   the revision the checkout and the database both know that a downgrade to leaves the database at
 *                 ("base" when none), or null when the database cannot undo them (a text it did not store)
 */
public record RevisionsAhead(String source, List<AheadRevision> revisions, String backTo) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    public RevisionsAhead {
        revisions = List.copyOf(revisions);
    }

    /** The revisions of {@code applied} that {@code graph} lacks; empty when the checkout describes them all. */
    static RevisionsAhead of(RevisionGraph graph, Map<String, AppliedRevision> applied, String source) {
        List<AheadRevision> ahead = new ArrayList<>();
        for (AppliedRevision row : applied.values()) {
            if (!graph.contains(row.revision())) {
                RevisionFile stored = AppliedText.parse(row);
                ahead.add(new AheadRevision(row.revision(), row.fileName(), stored == null ? null : stored.message(),
                        stored == null ? null : stored.date(), stored == null ? null : stored.downRevisions(),
                        row.appliedAt(), row.appliedBy(), row.durationMs()));
            }
        }
        RevisionsAhead found = new RevisionsAhead(source, ahead, null);
        return ahead.isEmpty() || !ahead.stream().allMatch(AheadRevision::hasText) ? found
                : new RevisionsAhead(source, ahead, found.backTo(graph, applied.keySet()));
    }

    /**
     * The downgrade target that undoes exactly these revisions, each with its stored downgrade, and leaves the known
     * ones applied: the one head of the known revisions (or base). With several known heads no revision names that
     * state, but -N does when these are the N revisions a downgrade would undo first; otherwise there is none.
     */
    private String backTo(RevisionGraph files, Set<String> applied) {
        List<Revision> heads = files.headsOf(applied.stream().filter(files::contains).collect(Collectors.toSet()));
        if (heads.size() <= 1) {
            return heads.isEmpty() ? "base" : heads.get(0).id();
        }
        List<String> firstUndone = extend(files).downgradePath(applied, Set.of()).stream().limit(revisions.size())
                .map(Revision::id).toList();
        return Set.copyOf(firstUndone).equals(Set.copyOf(ids())) ? "-" + revisions.size() : null;
    }

    public boolean isEmpty() {
        return revisions.isEmpty();
    }

    public List<String> ids() {
        return revisions.stream().map(AheadRevision::revision).toList();
    }

    /** The graph of the revision files plus these revisions as their stored texts describe them. */
    public RevisionGraph extend(RevisionGraph graph) {
        if (!revisions.stream().allMatch(AheadRevision::hasText)) {
            throw new DatabaseAheadException(this);
        }
        return RevisionGraph.of(Stream.concat(graph.topologicalOrder().stream(), revisions.stream()
                .map(revision -> new Revision(revision.revision(), revision.downRevisions(), revision.message(),
                        revision.fileName()))).toList());
    }

    /** What happened, the way forward, then one line per revision: the message every command gives. */
    public String describe() {
        return summary() + ". " + nextStep() + "." + revisions.stream().map(revision -> "\n  -> " + line(revision))
                .collect(Collectors.joining());
    }

    /** "The database has revision 003 applied that no file in DIR describes (...)". */
    public String summary() {
        String ids = String.join(", ", ids());
        return revisions.size() == 1
                ? "The database has revision " + ids + " applied, which no file in " + source + " describes: its file"
                        + " is probably on another branch"
                : "The database has revisions " + ids + " applied, which no file in " + source + " describes: their"
                        + " files are probably on another branch";
    }

    /** What to do: check out the branch, or go back to where the checkout can take over. */
    public String nextStep() {
        String them = revisions.size() == 1 ? "it" : "them";
        String files = revisions.size() == 1 ? "its file" : "their files";
        if (backTo == null) {
            boolean texts = revisions.stream().allMatch(AheadRevision::hasText);
            return "Check out the branch that has " + files + (texts ? "" : " (this database recorded " + them
                    + " before stratdb kept the text of applied revisions, so it cannot undo " + them + " without "
                    + files + ")");
        }
        String from = backTo.startsWith("-") ? "where it is then" : backTo;
        return "Check out the branch that has " + files + ", or undo "
                + them + " with \"stratdb downgrade " + backTo + "\", which runs the downgrade SQL the database"
                + " applied, and this checkout takes over from " + from;
    }

    private static String line(AheadRevision revision) {
        String applied = "applied " + WHEN.format(revision.appliedAt().withOffsetSameInstant(ZoneOffset.UTC))
                + " by " + revision.appliedBy();
        if (!revision.hasText()) {
            return revision.revision() + " (" + revision.fileName() + "): " + applied + "; its message and SQL are unknown: "
                    + AppliedText.missingNote();
        }
        return revision.revision() + " (" + revision.fileName() + "): \"" + revision.message() + "\", dated "
                + revision.date() + ", on top of " + (revision.downRevisions().isEmpty() ? "base"
                : String.join(" + ", revision.downRevisions())) + "; " + applied;
    }
}
