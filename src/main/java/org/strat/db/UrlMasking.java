package org.strat.db;

import java.util.regex.Pattern;

/** Removes passwords from URLs and messages before anything is printed. */
public final class UrlMasking {

    // Greedy up to the last '@' of the authority, so that a password with a raw '@' is masked whole.
    private static final Pattern USERINFO_PASSWORD = Pattern.compile("(://[^:/@\\s]*):[^/\\s]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&\\s]*");

    private UrlMasking() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = USERINFO_PASSWORD.matcher(text).replaceAll("$1:***@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1***");
    }

    /** Masks URLs in the text and every literal occurrence of the password itself. */
    public static String scrub(String text, String password) {
        String masked = mask(text);
        if (masked == null || password == null || password.isEmpty()) {
            return masked;
        }
        return masked.replace(password, "***");
    }
}
