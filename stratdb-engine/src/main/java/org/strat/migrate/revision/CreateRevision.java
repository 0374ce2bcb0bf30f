package org.strat.migrate.revision;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.run.InvalidTargetException;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.session.MigrationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Create a new, empty revision file on top of the current head.
 *
 * <p>The id is 12 random hex digits, as Alembic's: two developers creating revisions on two branches never
 * pick the same id, and the order comes from down_revision, not from the id.
 */
public final class CreateRevision {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MigrationContext context;

    public CreateRevision(MigrationContext context) {
        this.context = context;
    }

    /** The new revision, what it builds on (empty for a first revision), and its file. */
    public record CreateRevisionResult(String revision, List<String> downRevisions, Path file) {
    }

    /**
     * What goes into a new revision file besides its header: notes for the reviewer between the header and
     * {@code -- upgrade} (each line a {@code --} comment), and the two sections' SQL. Empty texts give an empty
     * revision to write by hand.
     */
    public record Sections(String notes, String upgrade, String downgrade) {

        public static final Sections EMPTY = new Sections("", "", "");

        public Sections {
            notes = notes == null ? "" : notes;
            upgrade = upgrade == null ? "" : upgrade;
            downgrade = downgrade == null ? "" : downgrade;
            // Nothing before "-- upgrade" runs, so SQL there would be silently ignored.
            if (notes.lines().anyMatch(line -> !line.isBlank() && !line.strip().startsWith("--"))) {
                throw new IllegalArgumentException("Revision notes must be -- comments: " + notes);
            }
        }
    }

    public CreateRevisionResult run(String message) {
        return run(message, Sections.EMPTY);
    }

    /** A revision on top of the current head with the given SQL already written (autogenerate's). */
    public CreateRevisionResult run(String message, Sections sections) {
        Revision head = context.graph().singleHead("head");
        return write(message, head == null ? List.of() : List.of(head.id()), sections);
    }

    /**
     * Joins revisions, usually the heads of two branches, with a new empty revision whose down_revision names
     * them all; after it, upgrade and downgrade walk both branches through the merge point.
     */
    public CreateRevisionResult merge(List<String> arguments, String message) {
        List<String> parents = arguments.stream().map(argument -> context.graph().resolve(argument).id()).distinct().toList();
        if (parents.size() < 2) {
            throw new InvalidTargetException("A merge joins at least two different revisions, e.g. stratdb merge 3f2a 9c01 -m \"merge\".");
        }
        for (String parent : parents) {
            for (String other : parents) {
                if (!parent.equals(other) && context.graph().ancestorsInclusive(other).contains(parent)) {
                    throw new MigrationRefusedException("Revision " + parent + " is already an ancestor of " + other
                            + "; there is nothing to merge. Merge the heads listed by \"stratdb heads\".");
                }
            }
        }
        return write(message, parents, Sections.EMPTY);
    }

    private CreateRevisionResult write(String message, List<String> parents, Sections sections) {
        if (message == null || message.isBlank()) {
            throw new InvalidTargetException("A revision needs a message: stratdb revision -m \"add park factors\".");
        }
        Path directory = context.source().directory();
        if (directory == null) {
            throw new InvalidTargetException("New revisions are written to a directory, and the revisions in use are the"
                    + " packaged ones. Set --revisions-dir or STRAT_REVISIONS_DIR (./stratdb sets it to src/main/resources/db/revisions).");
        }
        String id = HexFormat.of().formatHex(RANDOM.generateSeed(6));
        Path file = directory.resolve(id + "_" + slug(message) + ".sql");
        String text = "-- revision: " + id + "\n"
                + "-- down_revision: " + String.join(", ", parents) + "\n"
                + "-- message: " + message.strip().replaceAll("\\s+", " ") + "\n"
                + "-- date: " + LocalDate.now() + "\n"
                // The blank line ends the header, so notes below it are never read as header keys.
                + "\n" + (sections.notes().isEmpty() ? "" : section(sections.notes()) + "\n")
                + "-- upgrade\n\n" + section(sections.upgrade())
                + "\n-- downgrade\n\n" + section(sections.downgrade());
        RevisionFileParser.parse(file.getFileName().toString(), text); // what we write must read back
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return new CreateRevisionResult(id, parents, file);
    }

    // A non-empty section ends with one newline, so the text around it keeps its blank lines.
    private static String section(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? "" : stripped + "\n";
    }

    static String slug(String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        if (slug.isEmpty()) {
            return "revision";
        }
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("_$", "") : slug;
    }
}
