package org.strat.db;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves where to connect: {@code --url}, else {@code STRAT_DATABASE_URL}, else nothing (the caller then uses
 * the embedded database).
 *
 * <p>Both {@code postgresql://user:pass@host:port/db?param=value} (libpq's form, also {@code postgres://}) and
 * {@code jdbc:postgresql://…} are accepted. Gaps are filled as libpq fills them: PGHOST, PGPORT, PGUSER,
 * PGPASSWORD and PGDATABASE, then localhost, 5432, the operating-system user, and a database named after the
 * user.
 */
public final class DatabaseSettingsResolver {

    public static final String URL_VARIABLE = "STRAT_DATABASE_URL";

    private final Map<String, String> environment;

    public DatabaseSettingsResolver(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public Optional<DatabaseSettings> resolve(String urlOption) {
        if (urlOption != null && !urlOption.isBlank()) {
            return Optional.of(parse(urlOption.strip(), DatabaseSettings.Source.URL_OPTION));
        }
        String fromEnvironment = environment.get(URL_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(parse(fromEnvironment.strip(), DatabaseSettings.Source.ENVIRONMENT));
        }
        return Optional.empty();
    }

    DatabaseSettings parse(String url, DatabaseSettings.Source source) {
        String withoutJdbc = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        if (!withoutJdbc.startsWith("postgresql://") && !withoutJdbc.startsWith("postgres://")) {
            throw new InvalidSettingsException(source.description() + " must look like postgresql://user:password@host:port/database"
                    + " or jdbc:postgresql://host:port/database, not \"" + UrlMasking.mask(url) + "\".");
        }
        PostgresUrl uri = PostgresUrl.parse(withoutJdbc.substring(withoutJdbc.indexOf("://") + 3));
        if (uri == null) {
            // The input is not echoed: it may hold the password.
            throw new InvalidSettingsException(source.description() + " is not a valid URL. Percent-encode special"
                    + " characters in the user and password (/ as %2F, ? as %3F, # as %23, space as %20), give the host"
                    + " as letters, digits, '-', '_' and '.' (or [IPv6]), and the port as a number.");
        }
        Map<String, String> parameters = queryParameters(uri.rawQuery());
        String[] userInfo = userInfo(uri.rawUserInfo());
        String user = firstOf(userInfo[0], parameters.remove("user"), environment.get("PGUSER"), System.getProperty("user.name"));
        String password = firstOf(userInfo[1], parameters.remove("password"), environment.get("PGPASSWORD"));
        String host = firstOf(uri.host(), tcpHost(environment.get("PGHOST")), "localhost");
        int port = uri.port() != null ? uri.port() : port(environment.get("PGPORT"), source);
        String path = uri.rawPath() == null ? "" : decode(uri.rawPath());
        String database = firstOf(path, environment.get("PGDATABASE"), user);
        String jdbcUrl = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + encodePathSegment(database) + query(parameters);
        return new DatabaseSettings(jdbcUrl, user, password, source);
    }

    private static String[] userInfo(String rawUserInfo) {
        if (rawUserInfo == null || rawUserInfo.isEmpty()) {
            return new String[] {null, null};
        }
        int colon = rawUserInfo.indexOf(':');
        if (colon < 0) {
            return new String[] {decode(rawUserInfo), null};
        }
        return new String[] {decode(rawUserInfo.substring(0, colon)), decode(rawUserInfo.substring(colon + 1))};
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    private static String query(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** pgjdbc cannot use a Unix socket directory as libpq does; such a PGHOST falls back to localhost. */
    private static String tcpHost(String pgHost) {
        return pgHost == null || pgHost.startsWith("/") ? null : pgHost;
    }

    private static int port(String value, DatabaseSettings.Source source) {
        if (value == null || value.isBlank()) {
            return 5432;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the remedy
        }
        throw new InvalidSettingsException("PGPORT \"" + value + "\" is not a port number (1-65535). Fix or unset PGPORT, or put the port in "
                + source.description() + ".");
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encodePathSegment(String value) {
        return encode(value).replace("+", "%20");
    }
}
