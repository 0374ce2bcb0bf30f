package org.strat.migrate.plan;

/**
 * A lock a statement takes on a relation.
 *
 * @param kind       {@code table}, {@code index}, {@code materialized view}, {@code view}, {@code sequence} or
 *                   {@code foreign table}
 * @param documented true when the mode is PostgreSQL's documented one for a statement that cannot run inside a
 *                   transaction block (CREATE INDEX CONCURRENTLY), false when it was measured in {@code pg_locks}
 * @param waitsFor   whose holders the statement waits for: {@code mode} itself, except for a concurrent form, which
 *                   holds only SHARE UPDATE EXCLUSIVE but still waits for the sessions holding a lock that conflicts
 *                   with its plain form's (measured): writers, for CREATE INDEX CONCURRENTLY
 */
public record RelationLock(String relation, String kind, LockMode mode, boolean documented, LockMode waitsFor) {

    /** A measured lock: the statement waits for exactly the holders of modes that conflict with it. */
    public RelationLock(String relation, String kind, LockMode mode) {
        this(relation, kind, mode, false, mode);
    }

    /** {@code pg_class.relkind} in words. */
    static String kindOf(char relkind) {
        return switch (relkind) {
            case 'i', 'I' -> "index";
            case 'm' -> "materialized view";
            case 'v' -> "view";
            case 'S' -> "sequence";
            case 'f' -> "foreign table";
            default -> "table";
        };
    }

    public boolean onIndex() {
        return kind.equals("index");
    }
}
