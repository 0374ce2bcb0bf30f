package org.strat.migrate.catalog;

import java.util.Objects;

/**
 * A sequence that is not an identity column's (those belong to their {@link Column}); typically a serial column's.
 *
 * @param ownedBy "table.column" when a column owns it (serial), else null
 */
public record Sequence(String name, String type, long start, long increment, long minValue, long maxValue, long cache,
                       boolean cycle, String ownedBy) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** "AS integer START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE": the options in DDL form. */
    public String options() {
        return "AS " + type + " START " + start + " INCREMENT " + increment + " MINVALUE " + minValue
                + " MAXVALUE " + maxValue + " CACHE " + cache + (cycle ? " CYCLE" : " NO CYCLE");
    }
}
