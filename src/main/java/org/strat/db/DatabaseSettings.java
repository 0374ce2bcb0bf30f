package org.strat.db;

import java.util.Objects;

/**
 * Where and as whom to connect: resolved once (see {@link DatabaseSettingsResolver}), validated, then immutable.
 *
 * <p>{@link #toString()} and {@link #displayUrl()} never include the password.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, Source source) {

    /** Where the settings came from; reported in messages so that a user knows which knob to turn. */
    public enum Source {
        URL_OPTION("--url"),
        ENVIRONMENT("STRAT_DATABASE_URL"),
        EMBEDDED("the embedded database in ./.strat");

        private final String description;

        Source(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(source, "source");
    }

    /** The JDBC URL as it is safe to print: no password, whatever form it was given in. */
    public String displayUrl() {
        return UrlMasking.mask(jdbcUrl);
    }

    /** The user to print, or "(default user)" when the driver picks it. */
    public String displayUser() {
        return user == null || user.isEmpty() ? "(default user)" : user;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + displayUrl() + " as " + displayUser() + " from " + source.description() + "]";
    }
}
