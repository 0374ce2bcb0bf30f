package org.strat.migrate.command;

import org.strat.migrate.catalog.Identifiers;

import java.util.ArrayList;
import java.util.List;

/** Splits one SQL statement into words, quoted identifiers, literals and punctuation, dropping comments. */
final class SqlTokens {

    private SqlTokens() {
    }

    static List<String> of(String sql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int newline = sql.indexOf('\n', i);
                i = newline < 0 ? sql.length() : newline;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < sql.length() && !(sql.charAt(end) == c && (end + 1 >= sql.length() || sql.charAt(end + 1) != c))) {
                    end += sql.charAt(end) == c ? 2 : 1;
                }
                tokens.add(sql.substring(i, Math.min(end + 1, sql.length())));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(sql.substring(i, end));
                i = end;
            } else {
                tokens.add(String.valueOf(c));
                i++;
            }
        }
        return tokens;
    }

    /** The name a token stands for: a quoted identifier unquoted as written, a bare word folded to lower case. */
    static String identifier(String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        }
        return Identifiers.fold(token);
    }
}
