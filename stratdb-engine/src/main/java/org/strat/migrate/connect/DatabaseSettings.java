package org.strat.migrate.connect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

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
        PG_ENVIRONMENT("the PG* environment variables"),
        EMBEDDED("the embedded database");

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

    /**
     * The same server, user and connection parameters, for another database on it (the plan's scratch database).
     * The URL is taken apart by the driver that will read it, so every form it accepts keeps its parameters.
     */
    public DatabaseSettings forDatabase(String database) {
        Properties parsed = org.postgresql.Driver.parseURL(jdbcUrl, null);
        if (parsed == null) {
            throw new IllegalStateException("The PostgreSQL driver did not accept " + displayUrl());
        }
        String[] hosts = parsed.getProperty("PGHOST", "localhost").split(",");
        String[] ports = parsed.getProperty("PGPORT", "5432").split(",");
        StringBuilder url = new StringBuilder("jdbc:postgresql://");
        for (int i = 0; i < hosts.length; i++) {
            String host = hosts[i];
            url.append(i == 0 ? "" : ",").append(host.contains(":") ? "[" + host + "]" : host)
                    .append(':').append(ports[Math.min(i, ports.length - 1)]);
        }
        url.append('/').append(URLEncoder.encode(database, StandardCharsets.UTF_8));
        char separator = '?';
        for (String key : parsed.stringPropertyNames()) {
            if (!key.equals("PGHOST") && !key.equals("PGPORT") && !key.equals("PGDBNAME")) {
                url.append(separator).append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(parsed.getProperty(key), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return new DatabaseSettings(url.toString(), user, password, source);
    }

    /** The JDBC URL as it is safe to print: no password, whatever form it was given in. */
    public String displayUrl() {
        return UrlMasking.mask(jdbcUrl);
    }

    /** {@code user@host:port/database} (hosts comma-separated), without the password or the driver properties. */
    public String displayTarget() {
        PostgresUrl url = PostgresUrl.ofJdbc(jdbcUrl);
        return displayUser() + "@" + url.endpoint() + "/" + PercentDecoding.decode(url.database(), "database name");
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
