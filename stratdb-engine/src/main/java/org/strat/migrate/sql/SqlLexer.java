package org.strat.migrate.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where PostgreSQL's comments, quoted strings and identifiers, and dollar-quoted bodies end: the lexical rules
 * every scanner of revision SQL here (statement splitting, lint) shares, so that they agree on what is code.
 */
public final class SqlLexer {

    private SqlLexer() {
    }

    /** The offset of the first character that is neither whitespace nor part of a comment, or the length. */
    public static int codeStart(String sql) {
        int i = 0;
        while (i < sql.length()) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else if (sql.startsWith("--", i)) {
                i = lineEnd(sql, i);
            } else if (sql.startsWith("/*", i)) {
                i = blockCommentEnd(sql, i);
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * The statement as tokens, comments dropped: words (keywords, bare names, numbers), quoted identifiers and
     * string constants as written (quotes included), dollar-quoted bodies whole, and any other character alone.
     */
    public static List<String> tokens(String sql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            String tag;
            int end;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (sql.startsWith("--", i)) {
                i = lineEnd(sql, i);
                continue;
            } else if (sql.startsWith("/*", i)) {
                i = blockCommentEnd(sql, i);
                continue;
            } else if (c == '\'' || c == '"') {
                end = quoteEnd(sql, i);
            } else if (c == '$' && (tag = dollarTag(sql, i)) != null) {
                end = dollarQuoteEnd(sql, i, tag);
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                end = i + 1;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                if (end < sql.length() && sql.charAt(end) == '\'' && end - i == 1 && (c == 'E' || c == 'e')) {
                    end = quoteEnd(sql, end); // E'...': one string constant
                }
            } else {
                end = i + 1;
            }
            tokens.add(sql.substring(i, end));
            i = end;
        }
        return tokens;
    }

    /** The name a token stands for: a quoted identifier as written, a bare word folded to lower case. */
    public static String identifier(String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        }
        return token.toLowerCase(Locale.ROOT);
    }

    /** The end of the {@code --} comment starting at {@code from} (its newline, or the end of the text). */
    public static int lineEnd(String sql, int from) {
        int newline = sql.indexOf('\n', from);
        return newline < 0 ? sql.length() : newline;
    }

    /** The offset just after the block comment starting at {@code from}. */
    public static int blockCommentEnd(String sql, int from) {
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

    /**
     * The offset just after the string ({@code '}) or quoted identifier ({@code "}) starting at {@code from};
     * a doubled quote stays inside, and so does a backslash-escaped one in an escape string (E'...').
     */
    public static int quoteEnd(String sql, int from) {
        char quote = sql.charAt(from);
        boolean backslashEscapes = quote == '\'' && isEscapeStringStart(sql, from);
        int i = from + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** Whether the quote at {@code from} opens an escape string (E'...'): PostgreSQL documentation 4.1.2.2. */
    private static boolean isEscapeStringStart(String sql, int from) {
        return from > 0 && (sql.charAt(from - 1) == 'E' || sql.charAt(from - 1) == 'e')
                && (from == 1 || !Character.isJavaIdentifierPart(sql.charAt(from - 2)));
    }

    /** The dollar-quote tag starting at {@code from} ("$$" or "$body$"), or null when it is not one ($1, a$b). */
    public static String dollarTag(String sql, int from) {
        if (from > 0 && Character.isJavaIdentifierPart(sql.charAt(from - 1))) {
            return null;
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

    /** The offset just after the dollar-quoted body opened by {@code tag} at {@code from}. */
    public static int dollarQuoteEnd(String sql, int from, String tag) {
        int close = sql.indexOf(tag, from + tag.length());
        return close < 0 ? sql.length() : close + tag.length();
    }
}
