package org.strat.migrate.revision;

import org.strat.migrate.graph.Revision;

import java.util.List;

/**
 * A parsed revision file: its header, both SQL sections as statements, the checksum of its content, and the
 * content itself (line endings normalised to LF, the text the checksum is of), which the database stores with the
 * revision when it is applied.
 */
public record RevisionFile(
        String id,
        List<String> downRevisions,
        String message,
        String date,
        boolean transactional,
        List<String> upgradeStatements,
        List<String> downgradeStatements,
        String checksum,
        String fileName,
        String text,
        List<String> earlierChecksums) {

    public RevisionFile {
        earlierChecksums = List.copyOf(earlierChecksums);
        downRevisions = List.copyOf(downRevisions);
        upgradeStatements = List.copyOf(upgradeStatements);
        downgradeStatements = List.copyOf(downgradeStatements);
    }

    public Revision toRevision() {
        return new Revision(id, downRevisions, message, fileName);
    }

    /**
     * Whether a database that recorded {@code recorded} when it applied this revision applied this file's text, or an
     * earlier text that the file names in its {@code earlier_checksums} header (a deliberate rewrite whose schema
     * difference a later revision reconciles; the file says how).
     */
    public boolean accepts(String recorded) {
        return checksum.equals(recorded) || earlierChecksums.contains(recorded);
    }

    public boolean hasDowngrade() {
        return !downgradeStatements.isEmpty();
    }

    /** A merge revision only joins branches: it has several parents and needs no SQL of its own. */
    public boolean isMerge() {
        return downRevisions.size() > 1;
    }
}
