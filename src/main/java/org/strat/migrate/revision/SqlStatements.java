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
                end = lineEnd(sql, i);
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                end = blockCommentEnd(sql, i);
            } else if (c == '\'' || c == '"') {
                end = quoteEnd(sql, i, c, c == '\'' && isEscapeStringStart(sql, i));
                hasCode = true;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                end = close < 0 ? length : close + tag.length();
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

    private static int lineEnd(String sql, int from) {
        int newline = sql.indexOf('\n', from);
        return newline < 0 ? sql.length() : newline;
    }

    private static int blockCommentEnd(String sql, int from) {
        // PostgreSQL block comments nest (SQL standard), unlike C's.
        int depth = 0;
        int i = from;
        while (i < sql.length() - 1) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int quoteEnd(String sql, int from, char quote, boolean backslashEscapes) {
        int i = from + 1;
        while (i < sql.length()) {
            if (backslashEscapes && sql.charAt(i) == '\\') {
                i += 2;
                continue;
            }
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** Whether the quote at {@code from} opens an escape string (E'...'), in which a backslash escapes the next character. */
    private static boolean isEscapeStringStart(String sql, int from) {
        // PostgreSQL documentation 4.1.2.2, "String Constants with C-Style Escapes".
        return from > 0 && (sql.charAt(from - 1) == 'E' || sql.charAt(from - 1) == 'e')
                && (from == 1 || !Character.isJavaIdentifierPart(sql.charAt(from - 2)));
    }

    /** The dollar-quote tag starting at {@code from} ("$$" or "$body$"), or null when it is not one. */
    private static String dollarTag(String sql, int from) {
        if (from > 0 && Character.isJavaIdentifierPart(sql.charAt(from - 1))) {
            return null; // part of an identifier such as a$b, or a positional parameter like $1
        }
        int i = from + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        if (i >= sql.length() || sql.charAt(i) != '$') {
            return null;
        }
        String tag = sql.substring(from, i + 1);
        return tag.length() > 2 && Character.isDigit(tag.charAt(1)) ? null : tag;
    }
}
