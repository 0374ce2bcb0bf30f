package org.strat.cli.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded database lives: {@code STRAT_EMBEDDED_DIR} when set, else the {@code .strat} of the project
 * root, found the way git finds {@code .git}: from the current directory upwards, the first directory that holds a
 * {@code .strat}, or that is stratdb's own checkout (it holds {@code stratdb-strat/src/main/resources/db/revisions});
 * failing both, the nearest that holds revisions the way an application's project does
 * ({@code src/main/resources/db/revisions}); else {@code ./.strat}. So {@code cd stratdb-strat && ../stratdb current}
 * works on the checkout's database, not on a new empty one in a module's folder.
 */
public record StratHome(Path directory, Path workingDirectory, boolean fromVariable) {

    public static final String DIRECTORY_NAME = ".strat";
    public static final String DIRECTORY_VARIABLE = "STRAT_EMBEDDED_DIR";
    private static final Path REVISIONS = Path.of("src", "main", "resources", "db", "revisions");
    private static final Path CHECKOUT_REVISIONS = Path.of("stratdb-strat").resolve(REVISIONS);

    public static StratHome locate(Map<String, String> environment, Path workingDirectory) {
        Path start = workingDirectory.toAbsolutePath().normalize();
        String variable = environment.get(DIRECTORY_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new StratHome(start.resolve(variable).normalize(), start, true);
        }
        Path project = null;
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            if (Files.isDirectory(directory.resolve(DIRECTORY_NAME)) || Files.isDirectory(directory.resolve(CHECKOUT_REVISIONS))) {
                return new StratHome(directory.resolve(DIRECTORY_NAME), start, false);
            }
            if (project == null && Files.isDirectory(directory.resolve(REVISIONS))) {
                project = directory;
            }
        }
        return new StratHome((project == null ? start : project).resolve(DIRECTORY_NAME), start, false);
    }

    /** The directory as the user would type it from where they are: {@code ./.strat}, {@code ../.strat}, or absolute. */
    public String shown() {
        Path relative = workingDirectory.relativize(directory);
        if (relative.startsWith("..") && relative.getNameCount() > 4 || directory.getRoot() == null) {
            return directory.toString();
        }
        return relative.startsWith("..") ? relative.toString() : "./" + relative;
    }
}
