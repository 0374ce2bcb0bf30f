package org.strat.dist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The checkout's {@code ./stratdb} right after {@code package}: it must run the distribution just built, not build
 * it again. It once dated the build by a file the build no longer wrote (the JDK 17 archive), and rebuilt on every
 * command. Run with no {@code mvn} on the PATH, so that a launcher that wants to build fails instead of building.
 */
class CheckoutLauncherIT {

    /** What ./stratdb and bin/stratdb need from the machine: the shells and the file tools they call. */
    private static final List<String> TOOLS = List.of("bash", "sh", "dirname", "readlink", "find");

    @TempDir
    Path temp;

    @Test
    void runsTheDistributionJustBuiltWithoutBuildingAgain() throws Exception {
        Path checkout = Path.of("").toAbsolutePath().getParent();
        Path launcher = checkout.resolve("stratdb");
        assumeThat(Files.isExecutable(launcher)).as("a checkout with ./stratdb above " + Path.of("").toAbsolutePath())
                .isTrue();
        Path tools = Files.createDirectories(temp.resolve("tools"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(tools.resolve(tool), MachineTools.which(tool));
        }
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--version").directory(temp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", tools.toString());
        environment.put("HOME", temp.toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("./stratdb --version ends").isTrue();

        assertThat(Files.readString(err)).doesNotContain("building");
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(out)).startsWith("stratdb ");
    }
}
