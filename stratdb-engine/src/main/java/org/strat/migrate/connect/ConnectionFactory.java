package org.strat.migrate.connect;

import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens plain JDBC connections for the migration commands (no pool: a command uses one or two connections
 * once) and turns every connection failure into one {@link UnableToConnectException} that says what to fix.
 *
 * <p>Thread-safe; connections belong to the caller.
 */
public final class ConnectionFactory {

    /** The oldest PostgreSQL the SQL of this tool is written for (gen_random_uuid() is core from 13). */
    public static final int MINIMUM_SERVER_VERSION = 13;

    private static final Driver DRIVER = new Driver();

    private final DatabaseSettings settings;

    public ConnectionFactory(DatabaseSettings settings) {
        this.settings = settings;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public Connection open() {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("connectTimeout", "10");
        // Bounds the whole handshake too: a server that accepts TCP but never finishes the startup would
        // otherwise hang the command. Queries themselves are not bounded by it.
        properties.setProperty("loginTimeout", "15");
        properties.setProperty("ApplicationName", "stratdb");
        // The server must be 13 or newer anyway (checked below): saying so lets the driver put application_name
        // and extra_float_digits in the startup packet instead of a SET round trip after it.
        properties.setProperty("assumeMinServerVersion", Integer.toString(MINIMUM_SERVER_VERSION));
        Connection connection;
        try {
            // The driver itself rather than DriverManager, whose logging concatenates strings through
            // invokedynamic on every call (method-handle classes spun at start-up, ~10 ms of a short command).
            connection = DRIVER.connect(settings.jdbcUrl(), properties);
        } catch (SQLException e) {
            throw new UnableToConnectException(describe(e), e);
        }
        if (connection == null) {
            throw new IllegalStateException("The PostgreSQL driver did not accept " + UrlMasking.mask(settings.jdbcUrl()));
        }
        requireSupportedServer(connection);
        return connection;
    }

    private void requireSupportedServer(Connection connection) {
        try {
            if (ServerVersion.major(connection) < MINIMUM_SERVER_VERSION) {
                String version = ServerVersion.reported(connection);
                connection.close();
                throw new UnableToConnectException("The server at " + endpoint() + " runs PostgreSQL " + version
                        + "; stratdb needs " + MINIMUM_SERVER_VERSION + " or newer. Upgrade the server or point --url elsewhere.", null);
            }
        } catch (SQLException e) {
            throw new UnableToConnectException("Could not read the server version at " + endpoint() + ": "
                    + UrlMasking.scrub(e.getMessage(), settings.password()), e);
        }
    }

    private String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = endpoint();
        String from = " (from " + settings.source().description() + ")";
        String reason = switch (state) {
            case "28P01" -> "Password authentication failed for user \"" + settings.user() + "\" at " + where + from
                    + ". Check the password (in the URL, PGPASSWORD or the password file ~/.pgpass).";
            case "28000" -> refusedByServer(e, where, from);
            case "3D000" -> "Database \"" + database() + "\" does not exist at " + where + from
                    + ". Create it (createdb " + database() + ") or fix the database name in the URL.";
            case "08P01" -> "The server at " + where + from + " does not speak the PostgreSQL protocol. Check the host and port.";
            default -> connectFailure(e, where, from);
        };
        return UrlMasking.scrub(reason, settings.password());
    }

    /** pg_hba.conf said no: its reason says whether SSL, the user or the host is what it wants changed. */
    private String refusedByServer(SQLException e, String where, String from) {
        String reason = firstLine(e.getMessage());
        String next = reason.contains("SSL off") || reason.contains("no encryption")
                ? "The server accepts this user only over SSL: set sslmode=require (PGSSLMODE=require, or ?sslmode=require in the URL)."
                : "Check the user name, and the server's pg_hba.conf for this user, database and client address.";
        return "The server at " + where + " refused user \"" + settings.user() + "\"" + from + ": " + reason + ". " + next;
    }

    private String connectFailure(SQLException e, String where, String from) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Throwable cause = e.getCause();
        if (message.contains("but no password was provided") || message.contains("but the password is an empty string")) {
            String method = message.contains("SCRAM") ? "a password (SCRAM authentication)" : "a password";
            return "The server at " + where + " asks user \"" + settings.user() + "\" for " + method + ", and none was"
                    + " given" + from + ". Give it in the URL (after the user name and a colon), in PGPASSWORD, or in"
                    + " the password file ~/.pgpass (PGPASSFILE).";
        }
        if (message.contains("does not support SSL")) {
            return "The server at " + where + " does not accept SSL connections, and sslmode=" + sslMode() + from
                    + " requires SSL. Enable ssl on the server, or, only on a network you trust, use sslmode=prefer.";
        }
        if (cause instanceof javax.net.ssl.SSLException || message.contains("SSL")) {
            return "The SSL handshake with the server at " + where + from + " failed: "
                    + firstLine(cause == null ? message : cause.getMessage()) + ". For sslmode=verify-ca or verify-full,"
                    + " give the server's CA certificate in sslrootcert (PGSSLROOTCERT).";
        }
        if (cause instanceof java.net.UnknownHostException) {
            return "Unknown host \"" + host() + "\"" + from + ". Check the host name in the URL or PGHOST.";
        }
        if (cause instanceof java.net.SocketTimeoutException) {
            return "Timed out connecting to " + where + from + ". Check the host and port, and any firewall in between.";
        }
        if (cause instanceof java.net.ConnectException) {
            return "Cannot connect to " + where + from + ": connection refused. Is PostgreSQL running there? Check the"
                    + " host and port, and that the server listens on TCP (listen_addresses).";
        }
        if (message.contains("protocol")) {
            return "The server at " + where + from + " does not speak the PostgreSQL protocol. Check the port.";
        }
        return "Cannot connect to " + where + from + ": " + firstLine(message) + ". Check the URL, and that a PostgreSQL"
                + " server listens there.";
    }

    private String sslMode() {
        java.util.regex.Matcher mode = java.util.regex.Pattern.compile("[?&]sslmode=([a-z-]+)").matcher(settings.jdbcUrl());
        return mode.find() ? mode.group(1) : "require";
    }

    private String endpoint() {
        return PostgresUrl.ofJdbc(settings.jdbcUrl()).endpoint();
    }

    private String host() {
        return PostgresUrl.ofJdbc(settings.jdbcUrl()).host();
    }

    private String database() {
        return PostgresUrl.ofJdbc(settings.jdbcUrl()).database();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
