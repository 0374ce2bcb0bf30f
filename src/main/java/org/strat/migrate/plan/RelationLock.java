package org.strat.migrate.plan;

/**
 * A lock a statement takes on a relation.
 *
 * @param documented true when the mode is PostgreSQL's documented one for a statement that cannot run inside a
 *                   transaction block (CREATE INDEX CONCURRENTLY), false when it was measured in {@code pg_locks}
 */
public record RelationLock(String relation, LockMode mode, boolean documented) {
}
