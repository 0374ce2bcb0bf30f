package org.strat.migrate.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes an expression printed by PostgreSQL read back as the same expression, where its printed form does not.
 *
 * <p>The one case known here (facts.md): {@code status IN ('a', 'b')} on a varchar column prints as
 * {@code (status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])}. Read back, the
 * cast of an {@code ARRAY[...]} literal is pushed into its elements, so the expression, and what it prints,
 * change. Casting the array to its own element type first ({@code ARRAY[...]::character varying[]}) keeps the
 * cast on the array: the constraint or view then prints exactly as the original did.
 */
public final class RereadableSql {

    private RereadableSql() {
    }

    public static String of(String expression) {
        StringBuilder result = new StringBuilder();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                int end = quoteEnd(expression, i);
                result.append(expression, i, end);
                i = end;
            } else if (expression.startsWith("ARRAY[", i)) {
                int close = closingBracket(expression, i + 5);
                String elementType = commonCast(expression.substring(i + 6, close));
                result.append("ARRAY[").append(of(expression.substring(i + 6, close))).append(']');
                if (elementType != null && castFollows(expression, close + 1)) {
                    result.append("::").append(elementType).append("[]");
                }
                i = close + 1;
            } else {
                result.append(c);
                i++;
            }
        }
        return result.toString();
    }

    private static boolean castFollows(String expression, int from) {
        int i = from;
        while (i < expression.length() && expression.charAt(i) == ')') {
            i++;
        }
        return expression.startsWith("::", i);
    }

    // The type every element is cast to ("'a'::character varying"), or null when they are not all cast alike.
    private static String commonCast(String elements) {
        String common = null;
        for (String element : topLevel(elements)) {
            int cast = element.lastIndexOf("::");
            String type = cast < 0 ? null : element.substring(cast + 2).strip();
            if (type == null || type.contains("'") || type.contains(")") || (common != null && !common.equals(type))) {
                return null;
            }
            common = type;
        }
        return common;
    }

    private static List<String> topLevel(String elements) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < elements.length(); i++) {
            char c = elements.charAt(i);
            if (c == '\'' || c == '"') {
                i = quoteEnd(elements, i) - 1;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(elements.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(elements.substring(start));
        return parts;
    }

    private static int closingBracket(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = quoteEnd(text, i) - 1;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }

    private static int quoteEnd(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
