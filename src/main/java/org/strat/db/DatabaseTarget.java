package org.strat.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The database a command works on, open for the length of the command: the configured server, or the
 * embedded one started now and stopped by {@link #close()}.
 */
public final class DatabaseTarget implements AutoCloseable {

    private final DatabaseSettings settings;
    private final EmbeddedDatabase embedded;

    private DatabaseTarget(DatabaseSettings settings, EmbeddedDatabase embedded) {
        this.settings = settings;
        this.embedded = embedded;
    }

    /**
     * Resolves {@code urlOption}, then STRAT_DATABASE_URL, then starts the embedded database under
     * STRAT_EMBEDDED_DIR or {@code workingDirectory/.strat}.
     */
    public static DatabaseTarget open(String urlOption, Map<String, String> environment, Path workingDirectory) {
        Optional<DatabaseSettings> configured = new DatabaseSettingsResolver(environment).resolve(urlOption);
        if (configured.isPresent()) {
            return new DatabaseTarget(configured.get(), null);
        }
        String home = environment.get(EmbeddedDatabase.DIRECTORY_VARIABLE);
        Path directory = home == null || home.isBlank()
                ? workingDirectory.resolve(EmbeddedDatabase.DEFAULT_DIRECTORY) : workingDirectory.resolve(home);
        EmbeddedDatabase database = EmbeddedDatabase.start(directory);
        return new DatabaseTarget(database.settings(), database);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
