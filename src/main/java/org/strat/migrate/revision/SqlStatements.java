package org.strat.migrate.revision;

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
        StringBuilder current = new StringBuilder();
        boolean hasCode = false;
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            int end;
            if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                end = SqlLexer.lineEnd(sql, i);
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                end = SqlLexer.blockCommentEnd(sql, i);
            } else if (c == '\'' || c == '"') {
                end = SqlLexer.quoteEnd(sql, i);
                hasCode = true;
            } else if (c == '$' && SqlLexer.dollarTag(sql, i) != null) {
                end = SqlLexer.dollarQuoteEnd(sql, i, SqlLexer.dollarTag(sql, i));
                hasCode = true;
            } else if (c == ';') {
                if (hasCode) {
                    statements.add(current.toString().strip());
                }
                current.setLength(0);
                hasCode = false;
                i++;
                continue;
            } else {
                end = i + 1;
                hasCode |= !Character.isWhitespace(c);
            }
            current.append(sql, i, end);
            i = end;
        }
        if (hasCode) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
