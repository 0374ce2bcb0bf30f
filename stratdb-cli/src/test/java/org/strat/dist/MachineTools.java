package org.strat.dist;

import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's own programs, for the launcher tests that run with a PATH holding only the few they allow. */
final class MachineTools {

    private MachineTools() {
    }

    /** Where a program is on this machine's PATH. */
    static Path which(String tool) {
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(directory, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(tool + " is not on this machine's PATH");
    }
}
