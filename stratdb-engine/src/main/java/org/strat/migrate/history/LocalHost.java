package org.strat.migrate.history;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's name, for the log and the lock holder's label; looked up once per process. */
final class LocalHost {

    /** Resolved once: the lookup can take seconds on a machine with broken DNS. */
    static final String NAME = resolve();

    private LocalHost() {
    }

    /** The name without its domain, for the 63 bytes of application_name. */
    static String shortName() {
        int dot = NAME.indexOf('.');
        return dot > 0 ? NAME.substring(0, dot) : NAME;
    }

    private static String resolve() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown-host");
        }
    }
}
