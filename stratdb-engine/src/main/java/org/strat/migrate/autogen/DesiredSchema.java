package org.strat.migrate.autogen;

/**
 * The schema a database at head should have, given as the DDL that builds it in an empty schema: what
 * {@link Check} and {@link Autogenerate} compare the database with. The engine knows no models of its own; the
 * application's layer says what is desired (the strat layer: Hibernate's DDL for its entity classes).
 */
@FunctionalInterface
public interface DesiredSchema {

    /** CREATE statements separated by semicolons; run in a scratch schema that is rolled back, never applied. */
    String ddl();
}
