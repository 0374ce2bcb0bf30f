package org.strat.migrate.session;

/**
 * A pause between a revision's last statement (bookkeeping included) and its commit, or after one step of an
 * adoption, for the crash tests that kill a migrator exactly there. Off unless the system property
 * {@code stratdb.fault.pauseBeforeCommitMs} (or {@code stratdb.fault.adoptPauseAfter}) is set; it never changes what
 * is run.
 */
public final class FaultInjection {

    private static final long PAUSE_BEFORE_COMMIT_MS = Long.getLong("stratdb.fault.pauseBeforeCommitMs", 0L);

    // The adoption crash test kills adopt after the first step whose SQL contains this text.
    private static final String ADOPT_PAUSE_AFTER = System.getProperty("stratdb.fault.adoptPauseAfter");

    private FaultInjection() {
    }

    public static void pauseAfterAdoptionStep(String sql) {
        if (ADOPT_PAUSE_AFTER != null && sql.contains(ADOPT_PAUSE_AFTER)) {
            try {
                Thread.sleep(Long.getLong("stratdb.fault.adoptPauseMs", 60_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void pauseBeforeCommit() {
        if (PAUSE_BEFORE_COMMIT_MS > 0) {
            try {
                Thread.sleep(PAUSE_BEFORE_COMMIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
