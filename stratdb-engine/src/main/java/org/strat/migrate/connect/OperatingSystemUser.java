package org.strat.migrate.connect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Who runs this process, as the operating system sees it (not $USER, which anyone can set). */
public final class OperatingSystemUser {

    private OperatingSystemUser() {
    }

    public static String name() {
        return System.getProperty("user.name");
    }

    /** Whether the effective user is root; PostgreSQL refuses to run as root. */
    public static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(name());
        }
    }
}
