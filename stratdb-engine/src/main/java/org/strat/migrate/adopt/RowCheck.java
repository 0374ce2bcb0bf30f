package org.strat.migrate.adopt;

/**
 * Rows that would make one step of an adoption fail: looked for before anything is changed, so that an adoption
 * that cannot finish does not start.
 *
 * @param rule       what the rows break, for a person: "CHECK constraint games_current_half_check on games"
 * @param countQuery how many rows break it (one bigint)
 * @param findQuery  the query a person pastes to see them
 */
record RowCheck(String rule, String countQuery, String findQuery) {
}
