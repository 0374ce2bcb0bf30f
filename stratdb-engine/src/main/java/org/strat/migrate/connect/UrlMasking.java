package org.strat.migrate.connect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes passwords from URLs and messages before anything is printed, whatever shape the URL was typed in.
 *
 * <p>Three layers, because a malformed URL can put the password anywhere: {@code scheme://user:PW@} and
 * {@code password=PW} are masked in place; any other word holding a ':' before an '@' ({@code user:PW@host},
 * {@code postgresql:/user:PW@host}, {@code jdbc:postgresql:user:PW@host}) is masked from its first ':' to its last
 * '@'; and {@link #scrub(String, String)} / {@link #scrubSecretsOf} remove the literal password, and every
 * password-like part of the URLs the user typed, wherever they appear.
 */
public final class UrlMasking {

    private static final String MASK = "***";
    // Greedy up to the last '@' of the authority, so that a password with a raw '@' is masked whole.
    private static final Pattern USERINFO_PASSWORD = Pattern.compile("(://[^:/@\\s]*):[^/\\s]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&\\s'\"]*");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private UrlMasking() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = USERINFO_PASSWORD.matcher(text).replaceAll("$1:" + MASK + "@");
        masked = PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
        return maskOddShapes(masked);
    }

    private static String maskOddShapes(String text) {
        Matcher words = WORD.matcher(text);
        StringBuilder result = new StringBuilder(text.length());
        while (words.find()) {
            String word = words.group();
            int at = word.lastIndexOf('@');
            int authority = word.indexOf("://") + 3;
            // In scheme://user@host only a ':' inside the user information starts a password.
            int colon = word.indexOf(':', authority > 2 && authority < at ? authority : 0);
            String replacement = word;
            if (at > 0 && colon >= 0 && colon < at && !word.contains(":" + MASK + "@")) {
                replacement = word.substring(0, colon + 1) + MASK + word.substring(at);
            }
            words.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(result);
        return result.toString();
    }

    /** Masks URLs in the text and every literal occurrence of the password itself. */
    public static String scrub(String text, String password) {
        String masked = mask(text);
        if (masked == null || password == null || password.isEmpty()) {
            return masked;
        }
        return masked.replace(password, MASK);
    }

    /**
     * Masks the text, then removes every part of the given raw URLs (as typed, valid or not) that could be a
     * password: what follows any ':' before the last '@', and every {@code password=} value, raw and decoded.
     */
    public static String scrubSecretsOf(String text, String... rawUrls) {
        String masked = mask(text);
        if (masked == null) {
            return null;
        }
        List<String> secrets = new ArrayList<>();
        for (String url : rawUrls) {
            secrets.addAll(secretsIn(url));
        }
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    static Set<String> secretsIn(String url) {
        Set<String> secrets = new LinkedHashSet<>();
        if (url == null || url.isBlank()) {
            return secrets;
        }
        int at = url.lastIndexOf('@');
        if (at > 0) {
            String before = url.substring(0, at);
            // With "scheme://", only a ':' in the user information starts a password; the user name before it is not.
            int authority = before.indexOf("://");
            for (int colon = before.indexOf(':', authority < 0 ? 0 : authority + 3); colon >= 0; colon = before.indexOf(':', colon + 1)) {
                addSecret(secrets, before.substring(colon + 1));
            }
        }
        Matcher parameter = Pattern.compile("(?i)password=([^&\\s]*)").matcher(url);
        while (parameter.find()) {
            addSecret(secrets, parameter.group(1));
        }
        return secrets;
    }

    private static void addSecret(Set<String> secrets, String candidate) {
        String stripped = candidate.replaceFirst("^/+", "");
        if (stripped.isEmpty()) {
            return;
        }
        secrets.add(candidate);
        secrets.add(stripped);
        try {
            secrets.add(PercentDecoding.decode(stripped, "password"));
        } catch (InvalidSettingsException e) {
            // not decodable: the raw form is scrubbed, which is all that can appear
        }
    }
}
