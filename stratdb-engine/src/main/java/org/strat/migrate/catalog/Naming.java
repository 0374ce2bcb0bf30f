package org.strat.migrate.catalog;

/**
 * Whether two constraints or indexes that are the same by definition must also have the same name.
 *
 * <p>Stamp and check let a generated name differ (issue 4: a schema built by another tool is the same schema). Adopt
 * makes a schema identical to a revision's, and a later revision that names {@code games_status_check} fails on a
 * database where it is called {@code ck_games_status}, so there every name counts.
 */
public enum Naming {
    /** A name that PostgreSQL or Hibernate generated may differ (stamp, check, autogenerate). */
    GENERATED_MAY_DIFFER,
    /** Every name must be the same (adopt). */
    EXACT
}
