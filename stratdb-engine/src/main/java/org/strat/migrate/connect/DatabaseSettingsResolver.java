package org.strat.migrate.connect;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which server a command works on: {@code --url}, else {@code STRAT_DATABASE_URL}, else libpq's PG*
 * environment variables, else nothing (the caller then uses the embedded database).
 *
 * <p>An empty URL is an error, never a fall-through: an unset CI secret must not turn into "migrate the local
 * database and exit 0". Both {@code postgresql://user:pass@host:port/db?param=value} (libpq's form, also
 * {@code postgres://}) and {@code jdbc:postgresql://…} are accepted. What a URL leaves out is filled from the
 * environment as libpq fills it (see {@link LibpqSettings}).
 */
public final class DatabaseSettingsResolver {

    public static final String URL_VARIABLE = "STRAT_DATABASE_URL";

    private final Map<String, String> environment;

    public DatabaseSettingsResolver(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public Optional<DatabaseSettings> resolve(String urlOption) {
        if (urlOption != null) {
            requireNotEmpty(urlOption, DatabaseSettings.Source.URL_OPTION);
            return Optional.of(parse(urlOption.strip(), DatabaseSettings.Source.URL_OPTION));
        }
        String fromEnvironment = environment.get(URL_VARIABLE);
        if (fromEnvironment != null) {
            requireNotEmpty(fromEnvironment, DatabaseSettings.Source.ENVIRONMENT);
            return Optional.of(parse(fromEnvironment.strip(), DatabaseSettings.Source.ENVIRONMENT));
        }
        if (!pgVariablesSet().isEmpty()) {
            return Optional.of(new LibpqSettings(environment, DatabaseSettings.Source.PG_ENVIRONMENT).build());
        }
        return Optional.empty();
    }

    /** The libpq variables that are set (and so select a server when no URL is given), in the documented order. */
    public List<String> pgVariablesSet() {
        return LibpqKeywords.ENVIRONMENT.values().stream()
                .filter(variable -> LibpqKeywords.isSet(environment, variable))
                .toList();
    }

    private static void requireNotEmpty(String url, DatabaseSettings.Source source) {
        if (!url.isBlank()) {
            return;
        }
        if (source == DatabaseSettings.Source.URL_OPTION) {
            throw new InvalidSettingsException("--url is empty. Give the database URL (postgresql://user@host:5432/database),"
                    + " or leave --url out to use STRAT_DATABASE_URL, the PG* variables or the embedded database.");
        }
        throw new InvalidSettingsException(URL_VARIABLE + " is set but empty (an unset CI secret?), so stratdb will not"
                + " guess which database you meant. Set it to the database URL, or unset it (unset " + URL_VARIABLE
                + ") to use the PG* variables or the embedded database.");
    }

    DatabaseSettings parse(String url, DatabaseSettings.Source source) {
        boolean jdbc = url.startsWith("jdbc:");
        String withoutJdbc = jdbc ? url.substring("jdbc:".length()) : url;
        if (!withoutJdbc.startsWith("postgresql://") && !withoutJdbc.startsWith("postgres://")) {
            // Only the scheme is quoted: the rest of a malformed URL may hold the password in any shape.
            throw new InvalidSettingsException(source.description() + " must look like postgresql://user@host:port/database"
                    + " or jdbc:postgresql://host:port/database; " + schemeOf(url) + ".");
        }
        PostgresUrl parts = PostgresUrl.parse(withoutJdbc.substring(withoutJdbc.indexOf("://") + 3));
        if (parts == null) {
            throw new InvalidSettingsException(source.description() + " is not a valid URL. Percent-encode special"
                    + " characters in the user and password (/ as %2F, ? as %3F, # as %23, space as %20), give the host"
                    + " as letters, digits, '-', '_' and '.' (or [IPv6]), and the port as a number from 1 to 65535.");
        }
        LibpqSettings settings = new LibpqSettings(environment, source);
        settings.takeUrl(parts, jdbc);
        return settings.build();
    }

    private static String schemeOf(String url) {
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon);
        if (scheme.startsWith("jdbc:")) {
            scheme = scheme.substring(5);
        }
        if (scheme.equals("jdbc")) {
            int next = url.indexOf(':', colon + 1);
            scheme = next < 0 ? "jdbc" : url.substring(0, next);
        }
        if (scheme.isEmpty() || !scheme.matches("[A-Za-z][A-Za-z0-9+.-]{0,30}(:[A-Za-z][A-Za-z0-9+.-]{0,30})?")) {
            return "it has no scheme";
        }
        return "its scheme is \"" + scheme + ":\"" + (scheme.startsWith("postgres") || scheme.endsWith("postgresql")
                ? " without the \"//\" before the host" : "");
    }
}
