package org.strat.migrate.plan;

/**
 * A live relation's size as pg_class records it (as of its last VACUUM, ANALYZE or CREATE INDEX).
 *
 * @param rows      the row estimate ({@code reltuples}), or null when the table was never vacuumed or analyzed
 * @param ownBytes  the relation's own pages (with its TOAST table): what a rewrite writes or a scan reads
 * @param bytes     with its indexes as well: what it takes on disk
 */
public record RelationSize(String name, char kind, Long rows, long ownBytes, long bytes) {
}
