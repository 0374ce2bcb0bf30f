package org.strat.db;

/**
 * The parts of a {@code postgresql://} URL, split the way libpq splits them rather than by {@link java.net.URI}:
 * URI rejects host names with '_' (docker-compose service names) and silently drops the user, password, host and
 * port when it cannot read them.
 *
 * <p>The user information runs to the last '@' before the path, so a raw '@' in a password still parses; a raw
 * '/', '?' or '#' in a password must be percent-encoded, as libpq requires.
 */
record PostgresUrl(String rawUserInfo, String host, Integer port, String rawPath, String rawQuery) {

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
        String hostPort = at < 0 || at > authority.length() ? authority : authority.substring(at + 1);
        return hostAndPort(rawUserInfo, hostPort, rawPath, rawQuery);
    }

    private static PostgresUrl hostAndPort(String rawUserInfo, String hostPort, String rawPath, String rawQuery) {
        String host;
        String portText;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = hostPort.substring(1, close);
            portText = hostPort.substring(close + 1);
            if (!portText.isEmpty() && !portText.startsWith(":")) {
                return null;
            }
            portText = portText.isEmpty() ? "" : portText.substring(1);
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            portText = colon < 0 ? "" : hostPort.substring(colon + 1);
            if (!host.matches("[A-Za-z0-9._-]*")) {
                return null;
            }
        }
        Integer port = null;
        if (!portText.isEmpty()) {
            if (!portText.matches("\\d{1,5}") || Integer.parseInt(portText) == 0 || Integer.parseInt(portText) > 65535) {
                return null;
            }
            port = Integer.parseInt(portText);
        }
        return new PostgresUrl(rawUserInfo, host.isEmpty() ? null : host, port, rawPath, rawQuery);
    }

    /** Host, port and database of a JDBC URL this tool built, for messages. */
    static PostgresUrl ofJdbc(String jdbcUrl) {
        int scheme = jdbcUrl.indexOf("://");
        PostgresUrl url = scheme < 0 ? null : parse(jdbcUrl.substring(scheme + 3));
        return url == null ? new PostgresUrl(null, "?", null, "", null) : url;
    }

    String endpoint() {
        String shown = host == null ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return shown + ":" + (port == null ? 5432 : port);
    }

    String database() {
        return rawPath == null ? "" : rawPath;
    }
}
