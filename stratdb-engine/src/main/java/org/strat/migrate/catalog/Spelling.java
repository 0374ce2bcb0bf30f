package org.strat.migrate.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spellings that PostgreSQL keeps apart although they mean the same, made equal for comparison; and the short form
 * of an expression for messages.
 *
 * <p>Most equal spellings need nothing here: both sides are printed by the same server ({@code format_type},
 * {@code pg_get_expr}, ...), which turns {@code int4} into {@code integer} and {@code IN (...)} into
 * {@code = ANY (ARRAY[...])}. What remains is the SQL-standard {@code CURRENT_TIMESTAMP}, which PostgreSQL keeps
 * as written since version 10 (it prints it back as {@code CURRENT_TIMESTAMP}, not {@code now()}), and
 * {@code transaction_timestamp()}; all three are the start time of the transaction (documentation 9.9.5).
 */
public final class Spelling {

    // Text in single quotes (a literal) or double quotes (an identifier) is never rewritten.
    private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"");
    // CURRENT_TIMESTAMP(3) has another precision than now(), so only the bare key word is rewritten.
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("(?i)\\bcurrent_timestamp\\b(?!\\s*\\()");
    private static final Pattern TRANSACTION_TIMESTAMP = Pattern.compile("(?i)\\btransaction_timestamp\\(\\)");
    private static final Pattern CAST_LITERAL = Pattern.compile("^('(?:[^']|'')*')::[a-z][a-z ]*(?:\\([0-9, ]+\\))?(?:\\[])?$");

    private Spelling() {
    }

    /** The expression with equal spellings made identical; null stays null. */
    public static String normalise(String expression) {
        if (expression == null) {
            return null;
        }
        StringBuilder result = new StringBuilder();
        Matcher quoted = QUOTED.matcher(expression);
        int from = 0;
        while (quoted.find()) {
            result.append(rewrite(expression.substring(from, quoted.start()))).append(quoted.group());
            from = quoted.end();
        }
        return result.append(rewrite(expression.substring(from))).toString();
    }

    private static String rewrite(String code) {
        String rewritten = CURRENT_TIMESTAMP.matcher(code).replaceAll("now()");
        return TRANSACTION_TIMESTAMP.matcher(rewritten).replaceAll("now()");
    }

    /**
     * How a message shows a default: a literal without the cast PostgreSQL adds ({@code 'pending'}, not
     * {@code 'pending'::character varying}); anything else as it is.
     */
    public static String display(String expression) {
        if (expression == null) {
            return "none";
        }
        Matcher literal = CAST_LITERAL.matcher(expression);
        return literal.matches() ? literal.group(1) : expression;
    }
}
