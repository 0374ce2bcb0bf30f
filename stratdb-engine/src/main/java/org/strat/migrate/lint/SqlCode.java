package org.strat.migrate.lint;

import org.strat.migrate.sql.SqlLexer;

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
 * {@link org.strat.migrate.sql.SqlStatements}, which split the statements in the first place.
 */
final class SqlCode {

    /** One {@code --} comment: where it starts in the scanned text, and its text up to the end of the line. */
    record Comment(int offset, String text) {
    }

    private SqlCode() {
    }

    static String normalise(String sql) {
        StringBuilder code = new StringBuilder(sql.length());
        scan(sql, code, null);
        return code.toString().strip();
    }

    static List<Comment> lineComments(String sql) {
        List<Comment> comments = new ArrayList<>();
        scan(sql, null, comments);
        return comments;
    }

    /**
     * One pass over {@code sql} that writes the normalised code to {@code code} and collects the {@code --} comments
     * in {@code comments}; either may be null when the caller does not want it. The linter runs this over every
     * revision file whenever upgrade has revisions to apply, mostly before the JIT has compiled it, so the common
     * character (a plain one) costs a few comparisons and no call.
     */
    private static void scan(String sql, StringBuilder code, List<Comment> comments) {
        int length = sql.length();
        int i = 0;
        while (i < length) {
            char c = sql.charAt(i);
            char next = i + 1 < length ? sql.charAt(i + 1) : 0;
            String tag;
            if (c == '-' && next == '-') {
                int end = SqlLexer.lineEnd(sql, i);
                if (comments != null) {
                    comments.add(new Comment(i, sql.substring(i, end)));
                }
                space(code);
                i = end;
            } else if (c == '/' && next == '*') {
                space(code);
                i = SqlLexer.blockCommentEnd(sql, i);
            } else if (c == '\'') {
                if (code != null) {
                    code.append("''");
                }
                i = SqlLexer.quoteEnd(sql, i);
            } else if (c == '"') {
                int end = SqlLexer.quoteEnd(sql, i);
                if (code != null) {
                    code.append(sql, i, end); // a quoted identifier keeps its case: "Plays" is not plays
                }
                i = end;
            } else if (c == '$' && (tag = SqlLexer.dollarTag(sql, i)) != null) {
                if (code != null) {
                    code.append("$$");
                }
                i = SqlLexer.dollarQuoteEnd(sql, i, tag);
            } else if (code == null) {
                i++;
            } else if (c > ' ' && c < 128) {
                code.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                i++;
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
        if (code != null && code.length() > 0 && code.charAt(code.length() - 1) != ' ') {
            code.append(' ');
        }
    }
}
