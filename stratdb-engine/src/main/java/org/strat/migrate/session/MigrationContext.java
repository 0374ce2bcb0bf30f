package org.strat.migrate.session;

import org.strat.migrate.connect.ConnectionFactory;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionSource;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every command needs: where the database is, where the revision files are, and how long to wait for
 * the migration lock. Revision files are read and checked once, on first use, before any connection opens.
 *
 * <p>Usage: {@code Migrations.of(MigrationContext.of(settings, RevisionSource.classpath())).upgrade("head")}.
 * Immutable apart from that cache; not meant to be shared between threads.
 */
public final class MigrationContext {

    private final DatabaseSettings settings;
    private final RevisionSource source;
    private final MigrationTimeouts timeouts;
    private Map<String, RevisionFile> files;
    private RevisionGraph graph;

    private MigrationContext(DatabaseSettings settings, RevisionSource source, MigrationTimeouts timeouts) {
        this.settings = settings;
        this.source = source;
        this.timeouts = timeouts;
    }

    public static MigrationContext of(DatabaseSettings settings, RevisionSource source) {
        return new MigrationContext(settings, source, MigrationTimeouts.DEFAULTS);
    }

    public MigrationContext withLockWait(Duration wait) {
        return copy(settings, timeouts.withLockWait(wait));
    }

    public MigrationContext withTimeouts(MigrationTimeouts newTimeouts) {
        return copy(settings, newTimeouts);
    }

    /** The same revision files (read once) against the given database. */
    public MigrationContext withSettings(DatabaseSettings databaseSettings) {
        return copy(databaseSettings, timeouts);
    }

    private MigrationContext copy(DatabaseSettings databaseSettings, MigrationTimeouts newTimeouts) {
        MigrationContext copy = new MigrationContext(databaseSettings, source, newTimeouts);
        copy.files = files;
        copy.graph = graph;
        return copy;
    }

    public ConnectionFactory connections() {
        if (settings == null) {
            throw new IllegalStateException("This context has no database settings; it only reads revision files");
        }
        return new ConnectionFactory(settings);
    }

    public RevisionSource source() {
        return source;
    }

    public Duration lockWait() {
        return timeouts.lockWait();
    }

    public MigrationTimeouts timeouts() {
        return timeouts;
    }

    public RevisionGraph graph() {
        load();
        return graph;
    }

    public RevisionFile file(String id) {
        load();
        return files.get(id);
    }

    public List<RevisionFile> files() {
        load();
        return List.copyOf(files.values());
    }

    private void load() {
        if (graph != null) {
            return;
        }
        List<RevisionFile> loaded = source.load();
        graph = RevisionGraph.of(loaded.stream().map(RevisionFile::toRevision).toList());
        files = new LinkedHashMap<>();
        loaded.forEach(file -> files.put(file.id(), file));
    }
}
