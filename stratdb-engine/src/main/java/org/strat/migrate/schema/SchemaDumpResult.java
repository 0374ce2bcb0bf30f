package org.strat.migrate.schema;

/**
 * A schema dump: its SQL, how it was made, and why pg_dump was not used when it was not.
 *
 * @param note null for pg_dump; otherwise the reason for the catalog fallback ("pg_dump 15 on PATH is older than
 *             the server, PostgreSQL 17")
 */
public record SchemaDumpResult(String sql, Method method, String note) {

    /** How the dump was written. */
    public enum Method {
        /** pg_dump --schema-only: the whole database, every kind of object. */
        PG_DUMP,
        /** stratdb's own writer from the catalog: the current schema's tables, sequences, indexes and views. */
        CATALOG
    }
}
