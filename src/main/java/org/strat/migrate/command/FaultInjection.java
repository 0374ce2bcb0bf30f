package org.strat.migrate.command;

/**
 * A pause between a revision's last statement (bookkeeping included) and its commit, for the crash tests that
 * kill a migrator exactly there. Off unless the system property {@code stratdb.fault.pauseBeforeCommitMs} is set;
 * it never changes what is run.
 */
final class FaultInjection {

    private static final long PAUSE_BEFORE_COMMIT_MS = Long.getLong("stratdb.fault.pauseBeforeCommitMs", 0L);

    private FaultInjection() {
    }

    static void pauseBeforeCommit() {
        if (PAUSE_BEFORE_COMMIT_MS > 0) {
            try {
                Thread.sleep(PAUSE_BEFORE_COMMIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
