package org.strat.migrate.catalog;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one schema holds, read from the catalog by {@link SchemaReader}: tables, views and materialized views, and
 * sequences, each keyed by name. Immutable.
 *
 * <p>Two snapshots compare meaningfully (with {@link org.strat.migrate.catalog.compare.SchemaComparison}) only when they were read from the same
 * server, since PostgreSQL's own rendering of types and expressions is what makes equal spellings equal.
 */
public record SchemaSnapshot(String schema, Map<String, Table> tables, Map<String, View> views,
                             Map<String, Sequence> sequences) {

    public SchemaSnapshot {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        views = Collections.unmodifiableMap(new TreeMap<>(views));
        sequences = Collections.unmodifiableMap(new TreeMap<>(sequences));
    }

    /** A schema with nothing in it: what revision "base" looks like. */
    public static SchemaSnapshot empty(String schema) {
        return new SchemaSnapshot(schema, Map.of(), Map.of(), Map.of());
    }
}
