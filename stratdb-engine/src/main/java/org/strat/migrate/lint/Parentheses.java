package org.strat.migrate.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Top-level structure of normalised SQL: what lies outside parentheses (and outside quoted identifiers, which
 * may hold any character), so that a keyword inside {@code CHECK (x IS NOT NULL)} or a comma inside
 * {@code numeric(10, 2)} is not read as part of the statement's own clauses.
 */
final class Parentheses {

    private Parentheses() {
    }

    /** The text with everything inside parentheses replaced by '_', same length, so offsets still match. */
    static String blank(String code) {
        StringBuilder flat = new StringBuilder(code);
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
                continue;
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
                continue;
            }
            if (depth > 0) {
                flat.setCharAt(i, '_');
            }
        }
        return flat.toString();
    }

    /** Splits at the commas outside parentheses and quotes; each part stripped. */
    static List<String> splitTopLevel(String code) {
        String flat = blank(code);
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                parts.add(code.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(code.substring(start).strip());
        return parts;
    }
}
