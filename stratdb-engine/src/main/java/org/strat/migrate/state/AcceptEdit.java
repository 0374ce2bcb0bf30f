package org.strat.migrate.state;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.history.AppliedRevision;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.run.InvalidTargetException;
import org.strat.migrate.run.MigrationRefusedException;
import org.strat.migrate.session.LockedSession;
import org.strat.migrate.session.MigrationContext;

/**
 * Accept the edited file of an applied revision as it now is, recording why in the log.
 *
 * <p>For deliberate edits only (a comment fixed, a statement rewritten to what the database already holds):
 * nothing is run, only the recorded checksum changes.
 */
public final class AcceptEdit {

    private final MigrationContext context;

    public AcceptEdit(MigrationContext context) {
        this.context = context;
    }

    /** What was accepted: the revision, its old and new checksums. */
    public record AcceptEditResult(String revision, String fileName, String previousChecksum, String checksum) {

        public boolean changed() {
            return !previousChecksum.equals(checksum);
        }
    }

    public AcceptEditResult run(String argument, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidTargetException("Say why the edit is accepted: stratdb accept-edit " + argument
                    + " --reason \"fixed a comment\". The reason is kept in stratdb_log.");
        }
        Revision revision = context.graph().resolve(argument);
        RevisionFile file = context.file(revision.id());
        return LockedSession.run(context, "accept-edit " + revision.id(), (connection, history) -> {
            AppliedRevision applied = history.applied().get(revision.id());
            if (applied == null) {
                throw new MigrationRefusedException("Revision " + revision.label() + " is not applied, so there is no"
                        + " recorded checksum to accept; its file is used as it is when it is applied.");
            }
            if (!applied.checksum().equals(file.checksum())) {
                connection.setAutoCommit(false);
                history.acceptChecksum(revision.id(), file.checksum(), file.text(), reason.strip());
                connection.commit();
            }
            return new AcceptEditResult(revision.id(), file.fileName(), applied.checksum(), file.checksum());
        });
    }
}
