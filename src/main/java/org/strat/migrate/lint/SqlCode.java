package org.strat.migrate.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads SQL text the way the lint rules need it: {@link #normalise} gives the code alone, and
 * {@link #lineComments} gives the {@code --} comments with where they start.
 *
 * <p>The normalised form is what the rules' regular expressions run over: comments removed, string constants
 * emptied to {@code ''}, dollar-quoted bodies emptied to {@code $$} (so a function body's DDL is not taken for
 * the revision's own), unquoted text lower-cased as PostgreSQL folds it, quoted identifiers kept as written,
 * and every run of whitespace made one space. The quoting rules are those of
 * {@link org.strat.migrate.revision.SqlStatements}, which split the statements in the first place.
 */
final class SqlCode {

    /** One {@code --} comment: where it starts in the scanned text, and its text up to the end of the line. */
    record Comment(int offset, String text) {
    }

    private SqlCode() {
    }

    static String normalise(String sql) {
        StringBuilder code = new StringBuilder(sql.length());
        scan(sql, code, new ArrayList<>());
        return code.toString().strip();
    }

    static List<Comment> lineComments(String sql) {
        List<Comment> comments = new ArrayList<>();
        scan(sql, new StringBuilder(), comments);
        return comments;
    }

    /** The offset of the first character that is neither whitespace nor part of a comment, or the length. */
    static int codeStart(String sql) {
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

    private static void scan(String sql, StringBuilder code, List<Comment> comments) {
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            String tag;
            if (sql.startsWith("--", i)) {
                int end = lineEnd(sql, i);
                comments.add(new Comment(i, sql.substring(i, end)));
                space(code);
                i = end;
            } else if (sql.startsWith("/*", i)) {
                space(code);
                i = blockCommentEnd(sql, i);
            } else if (c == '\'') {
                code.append("''");
                i = quoteEnd(sql, i, '\'', isEscapeStringStart(sql, i));
            } else if (c == '"') {
                int end = quoteEnd(sql, i, '"', false);
                code.append(sql, i, end); // a quoted identifier keeps its case: "Plays" is not plays
                i = end;
            } else if (c == '$' && (tag = dollarTag(sql, i)) != null) {
                code.append("$$");
                int close = sql.indexOf(tag, i + tag.length());
                i = close < 0 ? sql.length() : close + tag.length();
            } else if (Character.isWhitespace(c)) {
                space(code);
                i++;
            } else {
                code.append(Character.toLowerCase(c));
                i++;
            }
        }
    }

    private static void space(StringBuilder code) {
        if (code.length() > 0 && code.charAt(code.length() - 1) != ' ') {
            code.append(' ');
        }
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

    /** The dollar-quote tag starting at {@code from} ("$$" or "$body$"), or null for $1 or a$b. */
    private static String dollarTag(String sql, int from) {
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
}
