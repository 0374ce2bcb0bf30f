package org.strat.migrate.connect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * libpq's connection keywords, gathered from a URL and then from the PG* environment as libpq gathers them, and
 * turned into what the Java driver (pgjdbc) understands: one JDBC URL, a user and a password.
 *
 * <p>Where pgjdbc differs from libpq: it cannot reach a Unix-domain socket without an extra native library, so a
 * socket directory as host is refused with the fix (a TCP host) rather than silently replaced; with no host at
 * all it connects to localhost over TCP where libpq would use the default socket. Each keyword remembers where
 * it came from, so that a bad value is reported as "PGSSLMODE" or "--url", never by echoing the URL.
 */
final class LibpqSettings {

    private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Map<String, String> TARGET_SERVER_TYPES = Map.of("any", "any", "read-write", "primary",
            "primary", "primary", "read-only", "secondary", "standby", "secondary", "prefer-standby", "preferSecondary");
    /** pgjdbc's own names for what a jdbc: URL may say in libpq's words elsewhere. */
    private static final Map<String, String> JDBC_TO_LIBPQ = Map.of("user", "user", "password", "password",
            "sslmode", "sslmode", "sslrootcert", "sslrootcert", "sslcert", "sslcert", "sslkey", "sslkey",
            "options", "options", "ApplicationName", "application_name", "connectTimeout", "connect_timeout");

    private final Map<String, String> environment;
    private final DatabaseSettings.Source source;
    private final Map<String, String> keywords = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    /** Driver properties of a jdbc: URL that have no libpq counterpart; passed on as they are. */
    private final Map<String, String> driverProperties = new LinkedHashMap<>();

    LibpqSettings(Map<String, String> environment, DatabaseSettings.Source source) {
        this.environment = environment;
        this.source = source;
    }

    void takeUrl(PostgresUrl url, boolean jdbc) {
        String where = source.description();
        if (url.rawUserInfo() != null && !url.rawUserInfo().isEmpty()) {
            int colon = url.rawUserInfo().indexOf(':');
            String user = colon < 0 ? url.rawUserInfo() : url.rawUserInfo().substring(0, colon);
            put("user", PercentDecoding.decode(user, "user name in " + where), where);
            if (colon >= 0) {
                put("password", PercentDecoding.decode(url.rawUserInfo().substring(colon + 1), "password in " + where), where);
            }
        }
        if (!url.hosts().isEmpty() && url.hosts().stream().anyMatch(host -> !host.isEmpty())) {
            List<String> hosts = url.hosts().stream().map(host -> PercentDecoding.decode(host, "host in " + where)).toList();
            put("host", String.join(",", hosts), where);
        }
        if (url.ports().stream().anyMatch(port -> !port.isEmpty())) {
            put("port", String.join(",", url.ports()), where);
        }
        if (url.rawPath() != null && !url.rawPath().isEmpty()) {
            put("dbname", PercentDecoding.decode(url.rawPath(), "database name in " + where), where);
        }
        for (Map.Entry<String, String> parameter : queryParameters(url.rawQuery(), where).entrySet()) {
            takeParameter(parameter.getKey(), parameter.getValue(), jdbc, where);
        }
    }

    private void takeParameter(String name, String value, boolean jdbc, String where) {
        if (jdbc) {
            String keyword = JDBC_TO_LIBPQ.get(name);
            if (keyword != null) {
                put(keyword, value, where);
            } else {
                driverProperties.put(name, value);
            }
            return;
        }
        if (!LibpqKeywords.QUERY.contains(name)) {
            throw new InvalidSettingsException("\"" + name + "\" in " + where + " is not a connection parameter stratdb"
                    + " knows (" + String.join(", ", LibpqKeywords.QUERY.stream().sorted().toList()) + "). Fix its"
                    + " spelling, or give driver properties in a jdbc:postgresql:// URL.");
        }
        if (name.equals("ssl")) {
            // libpq's JDBC compatibility: ssl=true means sslmode=require.
            if (value.equals("true") && !keywords.containsKey("sslmode")) {
                put("sslmode", "require", where);
            }
            return;
        }
        put(name, value, where);
    }

    static Map<String, String> queryParameters(String rawQuery, String where) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new InvalidSettingsException("A query parameter in " + where + " has no name=value form."
                        + " Write each as name=value, separated by '&'.");
            }
            parameters.put(PercentDecoding.decode(pair.substring(0, equals), "query of " + where),
                    PercentDecoding.decode(pair.substring(equals + 1), "query of " + where));
        }
        return parameters;
    }

    private void put(String keyword, String value, String where) {
        keywords.put(keyword, value);
        origins.put(keyword, where);
    }

    DatabaseSettings build() {
        fillFromEnvironment();
        List<String> hosts = hosts();
        List<String> addresses = addresses(hosts);
        List<Integer> ports = ports(hosts.size());
        String user = Optional.ofNullable(keywords.get("user")).filter(u -> !u.isEmpty()).orElse(System.getProperty("user.name"));
        String database = Optional.ofNullable(keywords.get("dbname")).filter(d -> !d.isEmpty()).orElse(user);
        String password = keywords.get("password");
        if (password == null) {
            String passwordHost = keywords.containsKey("host") ? hosts.get(0)
                    : keywords.containsKey("hostaddr") ? addresses.get(0) : "localhost";
            password = passwordFile().password(passwordHost, ports.get(0).toString(), database, user).orElse(null);
        }
        StringBuilder url = new StringBuilder("jdbc:postgresql://");
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i);
            url.append(i == 0 ? "" : ",").append(address.contains(":") ? "[" + address + "]" : address)
                    .append(':').append(ports.get(i));
        }
        url.append('/').append(encode(database).replace("+", "%20")).append(query(driverParameters()));
        return new DatabaseSettings(url.toString(), user, password, source);
    }

    private void fillFromEnvironment() {
        for (Map.Entry<String, String> entry : LibpqKeywords.ENVIRONMENT.entrySet()) {
            String keyword = entry.getKey();
            if (keywords.containsKey(keyword) || !LibpqKeywords.isSet(environment, entry.getValue())) {
                continue;
            }
            if (keyword.equals("application_name") && driverProperties.containsKey("ApplicationName")
                    || keyword.equals("target_session_attrs") && driverProperties.containsKey("targetServerType")
                    || keyword.equals("sslmode") && driverProperties.containsKey("ssl")) {
                continue;
            }
            put(keyword, environment.get(entry.getValue()), entry.getValue());
        }
    }

    private List<String> hosts() {
        String value = keywords.get("host");
        if (value == null) {
            return List.of("localhost");
        }
        List<String> hosts = new ArrayList<>();
        for (String host : value.split(",", -1)) {
            String trimmed = host.strip();
            if (trimmed.startsWith("/") || trimmed.startsWith("@")) {
                throw new InvalidSettingsException("The host \"" + trimmed + "\" (from " + origins.get("host") + ") is a"
                        + " Unix-domain socket directory, which the Java PostgreSQL driver cannot use. Give a TCP host"
                        + " (PGHOST=localhost, or postgresql://user@localhost:5432/database) and make sure the server"
                        + " listens on TCP (listen_addresses).");
            }
            hosts.add(trimmed.isEmpty() ? "localhost" : trimmed);
        }
        return hosts;
    }

    /** PGHOSTADDR / hostaddr: the numeric addresses to connect to instead of looking the host names up. */
    private List<String> addresses(List<String> hosts) {
        String value = keywords.get("hostaddr");
        if (value == null || value.isEmpty()) {
            return hosts;
        }
        List<String> addresses = List.of(value.split(",", -1)).stream().map(String::strip).toList();
        if (keywords.containsKey("host") && addresses.size() != hosts.size()) {
            throw new InvalidSettingsException("hostaddr (from " + origins.get("hostaddr") + ") lists " + addresses.size()
                    + " address(es) but host (from " + origins.get("host") + ") lists " + hosts.size()
                    + ". Give one address per host, or drop hostaddr.");
        }
        for (String address : addresses) {
            if (!address.matches("[0-9.]+|[0-9A-Fa-f:]+")) {
                throw new InvalidSettingsException("hostaddr (from " + origins.get("hostaddr") + ") must be numeric IP"
                        + " addresses (e.g. 10.0.0.5); give names in host (PGHOST) instead.");
            }
        }
        return addresses;
    }

    private List<Integer> ports(int hostCount) {
        String value = keywords.get("port");
        List<String> texts = value == null || value.isEmpty() ? List.of("5432") : List.of(value.split(",", -1));
        if (texts.size() != 1 && texts.size() != hostCount) {
            throw new InvalidSettingsException("port (from " + origins.get("port") + ") lists " + texts.size()
                    + " ports for " + hostCount + " host(s). Give one port, or one per host.");
        }
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < hostCount; i++) {
            String text = (texts.size() == 1 ? texts.get(0) : texts.get(i)).strip();
            if (text.isEmpty()) {
                text = "5432";
            }
            if (!PostgresUrl.validPort(text)) {
                throw new InvalidSettingsException(describePort(text) + " is not a port number (1-65535). Fix or unset "
                        + "PGPORT, or put the port in " + (source == DatabaseSettings.Source.PG_ENVIRONMENT ? "--url" : source.description()) + ".");
            }
            ports.add(Integer.parseInt(text));
        }
        return ports;
    }

    private String describePort(String text) {
        String origin = origins.get("port");
        return origin.startsWith("PG") ? origin + " \"" + text + "\"" : "The port in " + origin;
    }

    private PgPassFile passwordFile() {
        String file = keywords.get("passfile");
        if (file != null && !file.isEmpty()) {
            return new PgPassFile(Path.of(file));
        }
        String home = LibpqKeywords.isSet(environment, "HOME") ? environment.get("HOME") : System.getProperty("user.home");
        return new PgPassFile(Path.of(home, ".pgpass"));
    }

    /** pgjdbc's names for the libpq keywords that are not host, port, user, password or database. */
    private Map<String, String> driverParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        String sslMode = keywords.get("sslmode");
        if (sslMode != null && !SSL_MODES.contains(sslMode)) {
            throw new InvalidSettingsException("sslmode \"" + sslMode + "\" (from " + origins.get("sslmode") + ") is not one of "
                    + String.join(", ", SSL_MODES) + ".");
        }
        if ("system".equals(keywords.get("sslrootcert"))) {
            // libpq 16: the system's trusted CAs, and then nothing weaker than verify-full is allowed.
            if (sslMode != null && !sslMode.equals("verify-full")) {
                throw new InvalidSettingsException("sslrootcert=system (from " + origins.get("sslrootcert") + ") needs"
                        + " sslmode=verify-full, not \"" + sslMode + "\" (from " + origins.get("sslmode") + ").");
            }
            parameters.put("sslmode", "verify-full");
            parameters.put("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
        } else {
            copy(parameters, "sslmode", "sslmode");
            copy(parameters, "sslrootcert", "sslrootcert");
        }
        copy(parameters, "sslcert", "sslcert");
        copy(parameters, "sslkey", "sslkey");
        copy(parameters, "application_name", "ApplicationName");
        connectTimeout(parameters);
        copy(parameters, "options", "options");
        targetSessionAttrs(parameters);
        parameters.putAll(driverProperties);
        return parameters;
    }

    private void copy(Map<String, String> parameters, String keyword, String property) {
        String value = keywords.get(keyword);
        if (value != null && !value.isEmpty()) {
            parameters.put(property, value);
        }
    }

    /** libpq: seconds; zero or negative waits for ever; 1 is taken as 2. pgjdbc bounds the socket and the login apart. */
    private void connectTimeout(Map<String, String> parameters) {
        String value = keywords.get("connect_timeout");
        if (value == null || value.isEmpty()) {
            return;
        }
        int seconds;
        try {
            seconds = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException("connect_timeout \"" + value + "\" (from " + origins.get("connect_timeout")
                    + ") is not a whole number of seconds.");
        }
        String bound = Integer.toString(seconds <= 0 ? 0 : Math.max(2, seconds));
        parameters.put("connectTimeout", bound);
        parameters.put("loginTimeout", bound);
    }

    private void targetSessionAttrs(Map<String, String> parameters) {
        String value = keywords.get("target_session_attrs");
        if (value == null || value.isEmpty()) {
            return;
        }
        String type = TARGET_SERVER_TYPES.get(value);
        if (type == null) {
            throw new InvalidSettingsException("target_session_attrs \"" + value + "\" (from " + origins.get("target_session_attrs")
                    + ") is not one of any, read-write, read-only, primary, standby, prefer-standby.");
        }
        parameters.put("targetServerType", type);
    }

    private static String query(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
