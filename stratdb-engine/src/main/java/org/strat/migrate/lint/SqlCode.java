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
        scan(sql, code, new ArrayList<>());
        return code.toString().strip();
    }

    static List<Comment> lineComments(String sql) {
        List<Comment> comments = new ArrayList<>();
        scan(sql, new StringBuilder(), comments);
        return comments;
    }

    private static void scan(String sql, StringBuilder code, List<Comment> comments) {
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            String tag;
            if (sql.startsWith("--", i)) {
                int end = SqlLexer.lineEnd(sql, i);
                comments.add(new Comment(i, sql.substring(i, end)));
                space(code);
                i = end;
            } else if (sql.startsWith("/*", i)) {
                space(code);
                i = SqlLexer.blockCommentEnd(sql, i);
            } else if (c == '\'') {
                code.append("''");
                i = SqlLexer.quoteEnd(sql, i);
            } else if (c == '"') {
                int end = SqlLexer.quoteEnd(sql, i);
                code.append(sql, i, end); // a quoted identifier keeps its case: "Plays" is not plays
                i = end;
            } else if (c == '$' && (tag = SqlLexer.dollarTag(sql, i)) != null) {
                code.append("$$");
                i = SqlLexer.dollarQuoteEnd(sql, i, tag);
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
}
