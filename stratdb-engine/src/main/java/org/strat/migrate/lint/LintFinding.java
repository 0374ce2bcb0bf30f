package org.strat.migrate.lint;

/**
 * One thing {@code stratdb lint} reports: a statement of a revision's upgrade section that could lock a busy table
 * or lose data, or an acknowledgement comment that is itself wrong.
 *
 * @param ruleId          stable, kebab-case, e.g. {@code create-index-not-concurrently}; what acknowledgements name
 * @param statementNumber 1-based position in the upgrade section; 0 for a file-wide acknowledgement problem or a
 *                        finding about a whole section (empty-upgrade, empty-downgrade)
 * @param line            1-based line in the file, or 0 when the file's text was not available
 * @param statement       the statement on one line, shortened when long (for an acknowledgement problem, the comment)
 * @param message         what could go wrong
 * @param fix             what to do instead
 * @param acknowledgement the reason the revision gives for accepting the finding, or null when it is not acknowledged
 */
public record LintFinding(String ruleId, String revision, String fileName, int statementNumber, int line,
                          String statement, String message, String fix, String acknowledgement) {

    public boolean acknowledged() {
        return acknowledgement != null;
    }

    /**
     * "002_add_index.sql:12", or "002_add_index.sql (statement 3)" when the line is unknown, or the file alone for a
     * finding about a whole section whose line is unknown.
     */
    public String location() {
        if (line > 0) {
            return fileName + ":" + line;
        }
        return statementNumber > 0 ? fileName + " (statement " + statementNumber + ")" : fileName;
    }
}
