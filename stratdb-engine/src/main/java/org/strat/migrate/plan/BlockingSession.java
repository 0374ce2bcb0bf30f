package org.strat.migrate.plan;

/**
 * A live session holding a lock that conflicts with one a statement needs: the statement would wait for it, and
 * every later query on the relation would queue behind the waiting statement.
 *
 * @param seconds  how long its transaction has been open (the lock is held until it ends)
 * @param relation the relation it holds a lock on, or null for an open transaction that a concurrent index build
 *                 waits out whatever it locks
 * @param holds    the mode it holds there, or null with {@code relation}
 */
public record BlockingSession(int pid, String applicationName, String state, double seconds, String relation,
                              LockMode holds) {

    public boolean onlyOpenTransaction() {
        return relation == null;
    }
}
