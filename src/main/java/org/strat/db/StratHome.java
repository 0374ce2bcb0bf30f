package org.strat.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded database lives: {@code STRAT_EMBEDDED_DIR} when set, else the {@code .strat} of the project
 * root, found the way git finds {@code .git}: from the current directory upwards, the first directory that holds a
 * {@code .strat}, or that holds the revisions ({@code src/main/resources/db/revisions}); else {@code ./.strat}.
 * So {@code cd src && ../stratdb current} works on the project's database, not on a new empty one in src/.
 */
public record StratHome(Path directory, Path workingDirectory, boolean fromVariable) {

    public static final String DIRECTORY_NAME = ".strat";
    public static final String DIRECTORY_VARIABLE = "STRAT_EMBEDDED_DIR";
    private static final Path REVISIONS = Path.of("src", "main", "resources", "db", "revisions");

    public static StratHome locate(Map<String, String> environment, Path workingDirectory) {
        Path start = workingDirectory.toAbsolutePath().normalize();
        String variable = environment.get(DIRECTORY_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new StratHome(start.resolve(variable).normalize(), start, true);
        }
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            if (Files.isDirectory(directory.resolve(DIRECTORY_NAME)) || Files.isDirectory(directory.resolve(REVISIONS))) {
                return new StratHome(directory.resolve(DIRECTORY_NAME), start, false);
            }
        }
        return new StratHome(start.resolve(DIRECTORY_NAME), start, false);
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
