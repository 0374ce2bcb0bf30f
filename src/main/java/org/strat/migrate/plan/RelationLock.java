package org.strat.migrate.plan;

/**
 * A lock a statement takes on a relation.
 *
 * @param kind       {@code table}, {@code index}, {@code materialized view}, {@code view}, {@code sequence} or
 *                   {@code foreign table}
 * @param documented true when the mode is PostgreSQL's documented one for a statement that cannot run inside a
 *                   transaction block (CREATE INDEX CONCURRENTLY), false when it was measured in {@code pg_locks}
 */
public record RelationLock(String relation, String kind, LockMode mode, boolean documented) {

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
