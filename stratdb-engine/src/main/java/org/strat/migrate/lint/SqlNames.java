package org.strat.migrate.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Regular-expression fragments for names in {@link SqlCode#normalise normalised} SQL, and how to read them.
 *
 * <p>An identifier is unquoted (already lower-cased by the normalisation, as PostgreSQL folds it) or quoted
 * with {@code ""} escapes (case kept): PostgreSQL documentation 4.1.1, "Identifiers and Key Words".
 */
final class SqlNames {

    static final String IDENTIFIER = "(?:\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)";
    /** A name with up to two qualifiers, e.g. {@code public.plays} or {@code "Stats"."Plays"}. */
    static final String QUALIFIED = IDENTIFIER + "(?: ?\\. ?" + IDENTIFIER + "){0,2}";

    private SqlNames() {
    }

    /** The identifier's name: quotes removed, doubled quotes undone. */
    static String unquote(String identifier) {
        String trimmed = identifier.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1).replace("\"\"", "\"");
        }
        return trimmed;
    }

    /** The parts of a qualified name, split at the dots that are outside quotes, each unquoted. */
    static List<String> parts(String qualified) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : qualified.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '.' && !quoted) {
                parts.add(unquote(part.toString()));
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(unquote(part.toString()));
        return parts;
    }
}
