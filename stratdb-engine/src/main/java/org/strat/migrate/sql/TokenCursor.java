package org.strat.migrate.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one statement's tokens ({@link SqlLexer#tokens}) front to back, for the small readers that need only a
 * statement's shape (which index an interrupted CREATE INDEX CONCURRENTLY names, what a DROP takes with it).
 * Keywords compare without case; past the end every token is the empty string.
 */
public final class TokenCursor {

    private final List<String> tokens;
    private int position;

    public TokenCursor(String statement) {
        this.tokens = SqlLexer.tokens(statement);
    }

    /** Every token of the statement, wherever the cursor is. */
    public List<String> tokens() {
        return tokens;
    }

    public String next() {
        return position < tokens.size() ? tokens.get(position++) : "";
    }

    public boolean peek(String keyword) {
        return position < tokens.size() && tokens.get(position).equalsIgnoreCase(keyword);
    }

    public boolean accept(String keyword) {
        if (peek(keyword)) {
            position++;
            return true;
        }
        return false;
    }

    /** Takes the keywords only when all of them come next, in order ("IF", "NOT", "EXISTS"). */
    public void skip(String... keywords) {
        int start = position;
        for (String keyword : keywords) {
            if (!accept(keyword)) {
                position = start;
                return;
            }
        }
    }

    /** A possibly schema-qualified name, each part unquoted as PostgreSQL reads it. */
    public List<String> qualifiedName() {
        List<String> parts = new ArrayList<>();
        parts.add(SqlLexer.identifier(next()));
        while (accept(".")) {
            parts.add(SqlLexer.identifier(next()));
        }
        return parts;
    }

    /** Moves to the next comma outside parentheses (or the end): past the rest of one item of a list. */
    public void skipToTopLevelComma() {
        int depth = 0;
        while (position < tokens.size() && !(depth == 0 && peek(","))) {
            String token = tokens.get(position++);
            depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
        }
    }

    /** Whether any token of the statement, read or not, is one of {@code words} (upper case). */
    public boolean containsAny(Set<String> words) {
        return tokens.stream().anyMatch(token -> words.contains(token.toUpperCase(Locale.ROOT)));
    }
}
