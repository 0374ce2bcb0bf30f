package org.strat.migrate.lint;

/**
 * What a rule found wrong with one statement.
 *
 * @param message what could go wrong, naming the table and column
 * @param fix     what to do instead
 */
record Violation(String message, String fix) {
}
