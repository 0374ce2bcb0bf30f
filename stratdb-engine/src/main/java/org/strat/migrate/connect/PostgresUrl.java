package org.strat.migrate.connect;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a {@code postgresql://} URL, split the way libpq splits them rather than by {@link java.net.URI}:
 * URI rejects host names with '_' (docker-compose service names), knows no host lists, and silently drops the
 * user, password, host and port when it cannot read them.
 *
 * <p>The user information runs to the last '@' before the path, so a raw '@' in a password still parses; a raw
 * '/', '?' or '#' in a password must be percent-encoded, as libpq requires. Hosts are a comma-separated list,
 * each with an optional port ({@code h1:5432,h2:5433}); a host may be percent-encoded (a socket directory).
 */
record PostgresUrl(String rawUserInfo, List<String> hosts, List<String> ports, String rawPath, String rawQuery) {

    /** Parses the text after the scheme's "://"; returns null when it cannot be a URL, never echoing the input. */
    static PostgresUrl parse(String afterScheme) {
        for (int i = 0; i < afterScheme.length(); i++) {
            char c = afterScheme.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '#' || c == '"' || c == '<' || c == '>'
                    || c == '\\' || c == '`') {
                return null;
            }
        }
        int query = afterScheme.indexOf('?');
        String beforeQuery = query < 0 ? afterScheme : afterScheme.substring(0, query);
        String rawQuery = query < 0 ? null : afterScheme.substring(query + 1);
        int at = beforeQuery.lastIndexOf('@');
        int slash = beforeQuery.indexOf('/', Math.max(at, 0));
        String authority = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
        String rawPath = slash < 0 ? null : beforeQuery.substring(slash + 1);
        String rawUserInfo = at < 0 || at > authority.length() ? null : authority.substring(0, at);
        String hostList = at < 0 || at > authority.length() ? authority : authority.substring(at + 1);
        List<String> hosts = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        if (!hostList.isEmpty()) {
            for (String hostPort : hostList.split(",", -1)) {
                if (!hostAndPort(hostPort, hosts, ports)) {
                    return null;
                }
            }
        }
        return new PostgresUrl(rawUserInfo, List.copyOf(hosts), List.copyOf(ports), rawPath, rawQuery);
    }

    private static boolean hostAndPort(String hostPort, List<String> hosts, List<String> ports) {
        String host;
        String portText;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return false;
            }
            host = hostPort.substring(1, close);
            portText = hostPort.substring(close + 1);
            if (!portText.isEmpty() && !portText.startsWith(":")) {
                return false;
            }
            portText = portText.isEmpty() ? "" : portText.substring(1);
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            portText = colon < 0 ? "" : hostPort.substring(colon + 1);
            if (!host.matches("[A-Za-z0-9._%-]*")) {
                return false;
            }
        }
        if (!portText.isEmpty() && !validPort(portText)) {
            return false;
        }
        hosts.add(host);
        ports.add(portText);
        return true;
    }

    static boolean validPort(String text) {
        return text.matches("\\d{1,5}") && Integer.parseInt(text) > 0 && Integer.parseInt(text) <= 65535;
    }

    /** Host, port and database of a JDBC URL this tool built, for messages. */
    static PostgresUrl ofJdbc(String jdbcUrl) {
        int scheme = jdbcUrl.indexOf("://");
        PostgresUrl url = scheme < 0 ? null : parse(jdbcUrl.substring(scheme + 3));
        return url == null ? new PostgresUrl(null, List.of("?"), List.of(""), "", null) : url;
    }

    /** {@code host:port}, or a comma-separated list of them; the port defaults to 5432 as the driver's does. */
    String endpoint() {
        if (hosts.isEmpty()) {
            return "localhost:5432";
        }
        List<String> endpoints = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            String host = hosts.get(i).isEmpty() ? "localhost" : hosts.get(i);
            String shown = host.contains(":") ? "[" + host + "]" : host;
            String port = i < ports.size() && !ports.get(i).isEmpty() ? ports.get(i) : "5432";
            endpoints.add(shown + ":" + port);
        }
        return String.join(",", endpoints);
    }

    String host() {
        return hosts.isEmpty() ? "localhost" : hosts.get(0);
    }

    String database() {
        return rawPath == null ? "" : rawPath;
    }
}
