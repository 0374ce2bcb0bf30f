package org.strat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether standard error is a terminal, which decides between a progress bar redrawn in place and plain lines
 * that a CI log or a file keeps readable. Java has no isatty for one stream (System.console() asks about standard
 * input and output), so on Linux the file descriptor's target is read; elsewhere the console decides.
 */
final class Terminal {

    private Terminal() {
    }

    static boolean standardErrorIsTerminal(Map<String, String> environment) {
        if ("dumb".equals(environment.get("TERM"))) {
            return false;
        }
        Path descriptor = Path.of("/proc/self/fd/2");
        if (Files.exists(descriptor, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(descriptor).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
