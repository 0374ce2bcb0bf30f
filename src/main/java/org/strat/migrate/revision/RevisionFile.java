package org.strat.migrate.revision;

import org.strat.migrate.graph.Revision;

import java.util.List;

/** A parsed revision file: its header, both SQL sections as statements, and the checksum of its content. */
public record RevisionFile(
        String id,
        List<String> downRevisions,
        String message,
        String date,
        boolean transactional,
        List<String> upgradeStatements,
        List<String> downgradeStatements,
        String checksum,
        String fileName) {

    public RevisionFile {
        downRevisions = List.copyOf(downRevisions);
        upgradeStatements = List.copyOf(upgradeStatements);
        downgradeStatements = List.copyOf(downgradeStatements);
    }

    public Revision toRevision() {
        return new Revision(id, downRevisions, message, fileName);
    }

    public boolean hasDowngrade() {
        return !downgradeStatements.isEmpty();
    }
}
