package org.strat.cli;

import org.strat.migrate.errors.ErrorCategory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every exit code stratdb uses, in one place: the codes, what each means, and which failure category ends with
 * which code. Every {@code --help} lists its command's codes from here (see {@link CommandHelp}).
 */
public final class ExitCodes {

    public static final int OK = 0;
    /** Not at head, or differences found: the answer is "no", nothing failed. */
    public static final int NOT_AT_HEAD = 1;
    public static final int USAGE = 2;
    /** Refused because of the database's or the revision files' state, or a revision failed; nothing half-done. */
    public static final int REFUSED = 3;
    public static final int INTERNAL = 4;
    public static final int UNREACHABLE = 5;
    /** Another migration held the lock for longer than --lock-wait. */
    public static final int LOCK_TIMEOUT = 6;

    private static final Map<Integer, String> MEANING = Map.of(
            OK, "Success.",
            NOT_AT_HEAD, "Not at head / differences found.",
            USAGE, "Invalid command line, settings or revision file.",
            REFUSED, "Refused: a revision failed, or the database or revision graph does not allow it.",
            INTERNAL, "Internal error (run again with --verbose and report it).",
            UNREACHABLE, "Cannot reach or start the database, or lost the connection to it.",
            LOCK_TIMEOUT, "Timed out waiting for another migration's lock.");

    private ExitCodes() {
    }

    /** The exit code of a failure of this category: the one mapping from categories to codes. */
    public static int of(ErrorCategory category) {
        return switch (category) {
            case SETTINGS -> USAGE;
            case CONNECTION -> UNREACHABLE;
            case REFUSED, REVISION_FAILED -> REFUSED;
            case LOCK_TIMEOUT -> LOCK_TIMEOUT;
            case INTERNAL -> INTERNAL;
        };
    }

    /** How a category is named in {@code --json} errors: settings, connection, refused, revision_failed, ... */
    static String jsonName(ErrorCategory category) {
        return category.name().toLowerCase(Locale.ROOT);
    }

    /** Every code with its meaning, for the top-level help. */
    static Map<String, String> all() {
        Map<String, String> list = new LinkedHashMap<>();
        new TreeMap<>(MEANING).forEach((code, meaning) -> list.put(String.valueOf(code), meaning));
        return list;
    }

    /**
     * The codes a command can end with: success, its "no" answer if it has one (with the command's own wording),
     * and the codes of the failure categories it declares, plus the ones any command can end with (a bad command
     * line, an internal error).
     */
    static Map<String, String> of(Exits exits) {
        Map<Integer, String> codes = new TreeMap<>();
        codes.put(OK, MEANING.get(OK));
        if (!exits.no().isEmpty()) {
            codes.put(NOT_AT_HEAD, exits.no());
        }
        Set<ErrorCategory> categories = Set.copyOf(Arrays.asList(exits.failures()));
        for (ErrorCategory category : ErrorCategory.values()) {
            if (categories.contains(category) || category == ErrorCategory.SETTINGS || category == ErrorCategory.INTERNAL) {
                codes.putIfAbsent(of(category), MEANING.get(of(category)));
            }
        }
        Map<String, String> list = new LinkedHashMap<>();
        codes.forEach((code, meaning) -> list.put(String.valueOf(code), meaning));
        return list;
    }
}
