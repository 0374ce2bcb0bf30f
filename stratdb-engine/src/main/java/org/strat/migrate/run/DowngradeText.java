package org.strat.migrate.run;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.history.AppliedRevision;
import org.strat.migrate.lint.Linter;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.state.AppliedText;
import org.strat.migrate.state.EditedRevisionException;

/**
 * Which text's downgrade section undoes an applied revision. The database holds what the applied text did, so that
 * text's downgrade is the one that undoes it, whatever the file says now: a file edited since, or missing from this
 * checkout (another branch), is undone from the text stored when it was applied. {@code --from-file} chooses the
 * file's instead. A revision applied with no downgrade (the trap of applying a revision before writing it) takes the
 * one written into the file since, when the file's upgrade is still the one applied.
 */
final class DowngradeText {

    /**
     * The text to run the downgrade section of, and the one line to tell the user when it is not simply the file.
     *
     * @param applied whether that text is the one stored when the revision was applied (not the file's)
     */
    record Choice(RevisionFile file, String notice, boolean applied) {
    }

    private DowngradeText() {
    }

    /**
     * @param file     the revision's file in the checkout, or null when the checkout has none
     * @param row      what the database recorded when it applied the revision
     * @param fromFile whether the user asked for the file's downgrade
     */
    static Choice choose(Revision revision, RevisionFile file, AppliedRevision row, boolean fromFile) {
        String id = revision.id();
        if (file == null) {
            RevisionFile applied = AppliedText.parse(row);
            if (fromFile) {
                throw new MigrationRefusedException("Cannot downgrade " + id + " --from-file: no file in this checkout"
                        + " has revision " + id + ", so nothing was run. Run it without --from-file to use the downgrade"
                        + " the database applied.");
            }
            return new Choice(applied, "Reverting " + id + " with the downgrade the database applied: no file in this"
                    + " checkout has it (" + row.fileName() + ").", true);
        }
        // An earlier text the file declares it stands for (earlier_checksums) is undone by the file's downgrade.
        if (file.accepts(row.checksum())) {
            return new Choice(file, null, false);
        }
        if (fromFile) {
            return new Choice(file, "Reverting " + id + " with the downgrade in " + file.fileName() + " as it is now"
                    + " (--from-file), not the one it was applied with.", false);
        }
        RevisionFile applied = AppliedText.parse(row);
        if (applied == null) {
            throw new EditedRevisionException("Cannot downgrade " + revision.label() + ": its file was edited since it"
                    + " was applied, and " + AppliedText.missingNote() + ", so the downgrade that undoes what was"
                    + " applied is unknown; nothing was run. Restore the file as applied (see its history in version"
                    + " control), or add --from-file if the file's downgrade undoes what was applied.");
        }
        if (lacksDowngrade(applied) && applied.upgradeStatements().equals(file.upgradeStatements())) {
            return new Choice(file, "Reverting " + id + " with the downgrade written into " + file.fileName()
                    + " since it was applied (it was applied without one; its upgrade section is unchanged).", false);
        }
        return new Choice(applied, "Reverting " + id + " with the downgrade it was applied with: " + file.fileName()
                + " was edited since (--from-file runs the file's).", true);
    }

    private static boolean lacksDowngrade(RevisionFile file) {
        return !file.hasDowngrade() && !Linter.acknowledgesEmptyDowngrade(file);
    }
}
