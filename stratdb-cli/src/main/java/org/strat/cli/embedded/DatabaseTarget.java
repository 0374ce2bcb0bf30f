package org.strat.cli.embedded;

import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.connect.DatabaseSettingsResolver;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The database a command works on: chosen first ({@link #choose}, which connects to nothing, so the command can
 * name it before anything happens), then open for the length of the command ({@link #open}); the embedded server
 * is joined or started then, and released by {@link #close()}.
 */
public final class DatabaseTarget implements AutoCloseable {

    private final DatabaseSettings settings;
    private final EmbeddedDatabase embedded;

    private DatabaseTarget(DatabaseSettings settings, EmbeddedDatabase embedded) {
        this.settings = settings;
        this.embedded = embedded;
    }

    /** Which database: {@code --url}, STRAT_DATABASE_URL, the PG* variables, else the embedded one. */
    public static Choice choose(String urlOption, Map<String, String> environment, Path workingDirectory) {
        DatabaseSettingsResolver resolver = new DatabaseSettingsResolver(environment);
        Optional<DatabaseSettings> configured = resolver.resolve(urlOption);
        if (configured.isPresent()) {
            DatabaseSettings settings = configured.get();
            String origin = settings.source() == DatabaseSettings.Source.PG_ENVIRONMENT
                    ? String.join(", ", resolver.pgVariablesSet()) : settings.source().description();
            return new Choice(settings, null, environment, settings.displayTarget() + " (from " + origin + ")");
        }
        StratHome home = StratHome.locate(environment, workingDirectory);
        String why = home.fromVariable() ? StratHome.DIRECTORY_VARIABLE : "no URL or PG* variable set";
        return new Choice(null, home, environment, "embedded, " + home.shown() + " (" + why + ")");
    }

    /** A database chosen but not yet opened; {@link #description()} is what the "Database:" line says. */
    public record Choice(DatabaseSettings settings, StratHome home, Map<String, String> environment, String description) {

        /** Opens it; {@code notices} receives the lines a user should see while waiting for another command. */
        public DatabaseTarget open(Consumer<String> notices) {
            if (settings != null) {
                return new DatabaseTarget(settings, null);
            }
            EmbeddedDatabase database = EmbeddedDatabase.open(home, environment, notices);
            return new DatabaseTarget(database.settings(), database);
        }
    }

    /** Resolves and opens in one step, for callers that print nothing. */
    public static DatabaseTarget open(String urlOption, Map<String, String> environment, Path workingDirectory) {
        return choose(urlOption, environment, workingDirectory).open(notice -> { });
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
