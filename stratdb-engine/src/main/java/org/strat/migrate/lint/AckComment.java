package org.strat.migrate.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code --} comment as a lint acknowledgement: {@code -- lint-ok <rule-id>[, <rule-id>...]: <reason>}.
 *
 * <p>The form is chosen so that it can sit right below a revision's header: the header parser takes every
 * {@code -- word: value} line at the top of the file as a header key and rejects unknown ones, and
 * {@code -- lint-ok ...} is not of that form (no colon follows the first word). Comments that look like an attempt
 * at an acknowledgement but are not one ({@code -- lint: ok ...}), or that give no reason or an unknown rule id,
 * become problems instead: a silently ignored acknowledgement would leave a reviewer believing a finding was
 * accepted.
 */
final class AckComment {

    static final String MALFORMED = "lint-ack-malformed";
    static final String WITHOUT_REASON = "lint-ack-without-reason";
    static final String UNKNOWN_RULE = "lint-ack-unknown-rule";
    static final String MISPLACED = "lint-ack-misplaced";
    static final List<String> PROBLEM_IDS = List.of(MALFORMED, WITHOUT_REASON, UNKNOWN_RULE, MISPLACED);
    static final String SYNTAX = "-- lint-ok <rule-id>: <reason>";

    private static final Pattern ACK = Pattern.compile("^--\\s*lint-ok\\b(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEAR_MISS = Pattern.compile("^--\\s*lint\\s*(?:[:_]\\s*|\\s)ok\\b.*$", Pattern.CASE_INSENSITIVE);
    private static final String RULE_ID = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern BODY = Pattern.compile("^\\s+(" + RULE_ID + "(?:\\s*,\\s*" + RULE_ID + ")*)\\s*(?::(.*))?$");

    /** What one acknowledgement accepts. */
    record Ack(String ruleId, String reason) {
    }

    /** A comment that tried to acknowledge and failed; reported as a finding of its own, never acknowledged. */
    record Problem(String ruleId, String message, String fix) {
    }

    /** What a comment says: nothing (an ordinary comment), acknowledgements, problems, or acknowledgements and problems. */
    record Parsed(List<Ack> acks, List<Problem> problems) {

        static final Parsed NOTHING = new Parsed(List.of(), List.of());

        boolean isAcknowledgement() {
            return !acks.isEmpty() || !problems.isEmpty();
        }
    }

    private AckComment() {
    }

    static Parsed parse(String comment, Set<String> ruleIds) {
        String text = comment.strip();
        Matcher ack = ACK.matcher(text);
        if (!ack.matches()) {
            return NEAR_MISS.matcher(text).matches() ? malformed(text) : Parsed.NOTHING;
        }
        Matcher body = BODY.matcher(ack.group(1));
        if (!body.matches()) {
            return malformed(text);
        }
        List<String> ids = Arrays.stream(body.group(1).split(",")).map(String::strip).toList();
        String reason = body.group(2) == null ? "" : body.group(2).strip();
        if (reason.isEmpty()) {
            return new Parsed(List.of(), List.of(new Problem(WITHOUT_REASON, "the acknowledgement of " + String.join(", ", ids)
                    + " gives no reason, so it acknowledges nothing",
                    "say why it is safe here: `-- lint-ok " + String.join(", ", ids) + ": <reason>`")));
        }
        List<Ack> acks = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            if (ruleIds.contains(id)) {
                acks.add(new Ack(id, reason));
            } else {
                unknown.add(id);
            }
        }
        List<Problem> problems = unknown.isEmpty() ? List.of() : List.of(new Problem(UNKNOWN_RULE,
                "no lint rule is called " + String.join(", ", unknown) + ", so the acknowledgement accepts nothing for it",
                "use a rule id as `stratdb lint` prints it (they are listed in docs/revision-format.md)"));
        return new Parsed(acks, problems);
    }

    private static Parsed malformed(String text) {
        return new Parsed(List.of(), List.of(new Problem(MALFORMED, "\"" + text + "\" is not a lint acknowledgement",
                "write `" + SYNTAX + "`")));
    }

    static Problem misplacedAfterLastStatement() {
        return new Problem(MISPLACED, "this acknowledgement is below the last statement of the upgrade section, so it"
                + " applies to nothing", "put it on the line(s) directly above the statement, or above `-- upgrade` for the"
                + " whole file");
    }

    static Problem misplacedInHeader(String headerLine) {
        return new Problem(MISPLACED, "this acknowledgement ends the header, so \"" + headerLine + "\" below it is not"
                + " read as a header line", "move the acknowledgement below the header's last line");
    }
}
