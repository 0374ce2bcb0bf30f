package org.strat.migrate.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL text into statements at top-level semicolons, the way psql does: semicolons inside quotes,
 * quoted identifiers, dollar-quoted bodies and comments do not end a statement.
 *
 * <p>Statements are kept as written (comments included) so that an error can quote them; a text of only
 * comments and whitespace yields no statement.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        // Offsets, not a character-by-character copy: this runs on every command, in a JVM that has not
        // compiled it yet.
        int start = 0;
        boolean hasCode = false;
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                i = SqlLexer.lineEnd(sql, i);
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                i = SqlLexer.blockCommentEnd(sql, i);
            } else if (c == '\'' || c == '"') {
                i = SqlLexer.quoteEnd(sql, i);
                hasCode = true;
            } else if (c == '$' && SqlLexer.dollarTag(sql, i) != null) {
                i = SqlLexer.dollarQuoteEnd(sql, i, SqlLexer.dollarTag(sql, i));
                hasCode = true;
            } else if (c == ';') {
                if (hasCode) {
                    statements.add(sql.substring(start, i).strip());
                }
                hasCode = false;
                i++;
                start = i;
            } else {
                hasCode |= !Character.isWhitespace(c);
                i++;
            }
        }
        if (hasCode) {
            statements.add(sql.substring(start).strip());
        }
        return statements;
    }
}
