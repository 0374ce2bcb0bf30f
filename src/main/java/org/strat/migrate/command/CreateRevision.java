package org.strat.migrate.command;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.revision.RevisionFileParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
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

    public record CreateRevisionResult(String revision, String downRevision, Path file) {
    }

    public CreateRevisionResult run(String message) {
        if (message == null || message.isBlank()) {
            throw new InvalidTargetException("A revision needs a message: stratdb revision -m \"add park factors\".");
        }
        Path directory = context.source().directory();
        if (directory == null) {
            throw new InvalidTargetException("New revisions are written to a directory, and the revisions in use are the"
                    + " packaged ones. Set --revisions-dir or STRAT_REVISIONS_DIR (./stratdb sets it to src/main/resources/db/revisions).");
        }
        Revision head = context.graph().singleHead("head");
        String id = HexFormat.of().formatHex(RANDOM.generateSeed(6));
        String parent = head == null ? "" : head.id();
        Path file = directory.resolve(id + "_" + slug(message) + ".sql");
        String text = "-- revision: " + id + "\n"
                + "-- down_revision: " + parent + "\n"
                + "-- message: " + message.strip().replaceAll("\\s+", " ") + "\n"
                + "-- date: " + LocalDate.now() + "\n"
                + "\n-- upgrade\n\n\n-- downgrade\n\n";
        RevisionFileParser.parse(file.getFileName().toString(), text); // what we write must read back
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return new CreateRevisionResult(id, parent.isEmpty() ? null : parent, file);
    }

    static String slug(String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("_$", "") : slug;
    }
}
