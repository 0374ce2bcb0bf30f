package org.strat.migrate.state;

import org.strat.migrate.history.AppliedRevision;
import org.strat.migrate.revision.MalformedRevisionFileException;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionFileParser;

/** An applied revision as the database ran it: read back from the text stored with its bookkeeping. */
public final class AppliedText {

    private AppliedText() {
    }

    /**
     * The revision as applied: its stored text parsed; or, for a row recorded before texts were stored, the file
     * itself when its checksum is still the recorded one (then it is the applied text); null when neither tells.
     */
    static RevisionFile of(AppliedRevision row, RevisionFile file) {
        if (row.hasText()) {
            return parse(row);
        }
        return file != null && file.checksum().equals(row.checksum()) ? file : null;
    }

    /** The stored text parsed, or null when there is none (or it no longer parses, which only a hand edit causes). */
    public static RevisionFile parse(AppliedRevision row) {
        if (!row.hasText()) {
            return null;
        }
        try {
            return RevisionFileParser.parse(row.fileName(), row.appliedText());
        } catch (MalformedRevisionFileException e) {
            return null;
        }
    }

    /** What an older database cannot tell, said the same way everywhere. */
    public static String missingNote() {
        return "this database recorded it before stratdb kept the text of applied revisions";
    }
}
