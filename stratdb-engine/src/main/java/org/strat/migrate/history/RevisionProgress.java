package org.strat.migrate.history;

import java.time.OffsetDateTime;

/**
 * A row of stratdb_progress: a revision that runs outside a transaction whose run stopped part-way, with the
 * statements it completed (they stay applied) and, when it failed rather than died, why.
 *
 * @param statementsDone how many of its statements, from the first, completed and stay applied
 * @param doneChecksum   of the text of those statements, to tell whether the file still begins with them
 * @param failure        the failing statement's error, or null when the run was killed or is still running
 */
public record RevisionProgress(String revision, Direction direction, String checksum, int statementsDone,
                               int statements, String doneChecksum, OffsetDateTime startedAt,
                               OffsetDateTime updatedAt, String dbUser, String failure) {

    /** The command that finishes this run, resuming where it stopped. */
    public String finishCommand() {
        return direction == Direction.UPGRADE ? "\"stratdb upgrade " + revision + "\""
                : "the downgrade again (\"stratdb downgrade -1\" when it is the latest applied revision)";
    }

    /** "statements 1-2 of 5", "statement 1 of 5", or "no statement of 5" when none completed. */
    public String describeDone() {
        return statementsDone == 0 ? "no statement of " + statements
                : statementsDone == 1 ? "statement 1 of " + statements
                : "statements 1-" + statementsDone + " of " + statements;
    }
}
