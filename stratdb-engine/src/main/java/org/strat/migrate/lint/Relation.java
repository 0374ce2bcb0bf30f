package org.strat.migrate.lint;

import org.strat.migrate.catalog.Identifiers;

import java.util.List;

/**
 * A table or materialized view named in a statement, with its schema when the statement gives one.
 *
 * <p>Revisions are linted without a database, so the search_path is unknown: an unqualified name is taken to
 * be the same relation as a qualified one with that name ({@link #sameAs}). That can only exempt a statement
 * wrongly when two schemas hold tables of the same name and one of them is created in the same revision.
 */
record Relation(String schema, String name) {

    /** Reads a name matched by {@link SqlNames#QUALIFIED}; of {@code db.schema.table} only the last two count. */
    static Relation parse(String qualified) {
        List<String> parts = SqlNames.parts(qualified);
        String name = parts.get(parts.size() - 1);
        return new Relation(parts.size() > 1 ? parts.get(parts.size() - 2) : null, name);
    }

    boolean sameAs(Relation other) {
        return name.equals(other.name) && (schema == null || other.schema == null || schema.equals(other.schema));
    }

    /** As a reader would write it: quoted only where it has to be. */
    @Override
    public String toString() {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    static String quote(String identifier) {
        return Identifiers.quote(identifier);
    }
}
