package org.strat.migrate.history;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** This machine's name, for the log and the lock holder's label; looked up once per process. */
final class LocalHost {

    private static final Path KERNEL_HOST_NAME = Path.of("/proc/sys/kernel/hostname");

    /** Resolved once: the lookup can take seconds on a machine with broken DNS. */
    static final String NAME = resolve();

    private LocalHost() {
    }

    /** The name without its domain, for the 63 bytes of application_name. */
    static String shortName() {
        int dot = NAME.indexOf('.');
        return dot > 0 ? NAME.substring(0, dot) : NAME;
    }

    /**
     * The kernel's host name (what {@code hostname} prints), read where Linux exposes it: the same name the JDK's
     * look-up starts from, without the resolver (10-20 ms at start-up on an idle machine, seconds with broken DNS).
     */
    private static String resolve() {
        try {
            String kernel = Files.readString(KERNEL_HOST_NAME, StandardCharsets.UTF_8).strip();
            if (!kernel.isEmpty()) {
                return kernel;
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or /proc is not mounted: ask the JDK.
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown-host");
        }
    }
}
