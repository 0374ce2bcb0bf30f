package org.strat.migrate.stamp;

import org.strat.migrate.catalog.change.SchemaChange;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.errors.StratDbException;

import java.util.List;

/**
 * The live schema is not the schema of the revision a stamp was asked to record, so nothing was recorded. The
 * message lists each difference on its own line under the first, prefixed "  -> ".
 */
public final class StampMismatchException extends StratDbException {

    private final String revision;
    private final transient List<SchemaChange> differences;

    StampMismatchException(String revision, String revisionLabel, String target, List<SchemaChange> differences) {
        super(ErrorCategory.REFUSED, "The database schema is not the schema of " + revisionLabel + ": " + differences.size()
                + " difference(s), so nothing was recorded. Make the schema match, online, with \"stratdb adopt " + revision
                + "\" (preview with --sql), find the revision it does match with \"stratdb stamp --detect\", or record it anyway with \"stratdb stamp " + revision + " --force\"."
                + lines(differences, target));
        this.revision = revision;
        this.differences = List.copyOf(differences);
    }

    public String revision() {
        return revision;
    }

    public List<SchemaChange> differences() {
        return differences;
    }

    public static String lines(List<SchemaChange> differences, String target) {
        StringBuilder text = new StringBuilder();
        differences.forEach(change -> text.append("\n  -> ").append(change.describe(target)));
        return text.toString();
    }
}
