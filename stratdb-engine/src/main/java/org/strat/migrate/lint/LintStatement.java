package org.strat.migrate.lint;

/**
 * One statement of a revision's upgrade section, as the rules see it.
 *
 * @param number 1-based position in the upgrade section
 * @param line   1-based line in the file where the statement's code starts, or 0 when the file's text is unknown
 * @param sql    the statement as written, from its first key word (leading comments left out)
 * @param code   the statement {@link SqlCode#normalise normalised}, which the rules match
 */
record LintStatement(int number, int line, String sql, String code) {

    static LintStatement of(int number, int line, String sql) {
        return new LintStatement(number, line, sql, SqlCode.normalise(sql));
    }
}
