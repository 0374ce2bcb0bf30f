package org.strat.stats.sample;

import org.strat.migrate.sql.SqlResource;
import org.strat.model.League;
import org.strat.stats.ConnectionSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fills a database with simulated games for benchmarks and local development: complete, internally consistent
 * games with lineups and substitutions, plays with base-out states, runners and scores that follow from each
 * other, a roll for every play, and roster links.
 *
 * <p>Usage: {@code new SampleData(ConnectionSource.of(settings)).load(new SampleDataRequest(1000, 42, League.SBA),
 * SampleDataProgress.NONE)}. Thread-safe; each call opens and closes its own connections.
 *
 * <p>The database does nearly all the work: simulating and formatting run at over 600,000 plays a second on one
 * thread, while each play costs PostgreSQL its twelve index entries and up to ten foreign-key checks, and each
 * roll and roster link theirs. So when the games to load are many next to those already there, they are
 * bulk-loaded ({@link BulkLoad}): one transaction that holds ACCESS EXCLUSIVE locks on the six tables it writes,
 * drops their foreign keys and plain indexes, and builds them again after the COPY; a failure loads nothing.
 * Otherwise they are loaded batch by batch into the tables as they are ({@link IncrementalLoad}); a failure
 * leaves the batches before it. {@link LoadPath#choose} says where the line is and why.
 */
public final class SampleData {

    static final int BATCH_GAMES = 100;
    // One loader (or formatter) per processor, at least two so that simulating a batch overlaps another's COPY;
    // that also suits a local server. A remote one with more cores is not seen from here.
    static final int LOADERS = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

    /** PostgreSQL's lock_not_available: lock_timeout ran out (Appendix A, "PostgreSQL Error Codes"). */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final ConnectionSource connections;
    private final LoadPath forcedPath;

    public SampleData(ConnectionSource connections) {
        this(connections, null);
    }

    /** @param forcedPath the path to take whatever the database holds, or null to choose (tests take both) */
    SampleData(ConnectionSource connections, LoadPath forcedPath) {
        this.connections = connections;
        this.forcedPath = forcedPath;
    }

    /**
     * Fill the database with simulated games (bulk-loaded, deterministic for a seed).
     *
     * @throws SampleDataConflictException when this seed's games are already there
     * @throws SampleDataException when the tables are missing, locked by another session, or a write fails (in
     *         one transaction nothing is loaded; batch by batch, the batches before the failure stay)
     */
    public SampleDataResult load(SampleDataRequest request, SampleDataProgress progress) {
        long start = System.nanoTime();
        GameSimulator simulator = new GameSimulator(request.seed(), request.league() == League.PD);
        LoadPath path = checkTarget(simulator, request);
        LoadTotals totals = new LoadTotals(request.games(), progress, start);
        progress.starting(request.games(), path == LoadPath.BULK);
        long rebuildNanos = 0;
        try {
            if (path == LoadPath.BULK) {
                rebuildNanos = new BulkLoad(connections, simulator, request, totals).run();
            } else {
                new IncrementalLoad(connections, simulator, request, totals).run();
            }
        } catch (Exception e) {
            throw translate(e, path, totals);
        }
        return totals.result(request.seed(), path, rebuildNanos);
    }

    /** Refuses a database without the tables or with this seed's games, and chooses the path. */
    private LoadPath checkTarget(GameSimulator simulator, SampleDataRequest request) {
        try (Connection connection = connections.open()) {
            List<String> missing = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql("required-tables"));
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    missing.add(row.getString(1));
                }
            }
            if (!missing.isEmpty()) {
                throw new SampleDataException("The database has no " + String.join(", ", missing) + " table: the schema"
                        + " is not there yet. Run \"stratdb upgrade head\" first.", null);
            }
            UUID first = simulator.gameId(0);
            try (PreparedStatement statement = connection.prepareStatement(sql("game-exists"))) {
                statement.setObject(1, first);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        throw new SampleDataConflictException(request.seed(), first);
                    }
                }
            }
            if (forcedPath != null) {
                return forcedPath;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql("load-target"));
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return LoadPath.choose(request.games(), row.getLong("games"), row.getBoolean("owns_tables"));
            }
        } catch (SQLException e) {
            throw new SampleDataException("Could not check the database before loading sample games: "
                    + firstLine(e) + ". Check --url and that the user may read the games table.", e);
        }
    }

    private static RuntimeException translate(Exception failure, LoadPath path, LoadTotals totals) {
        String loaded = path == LoadPath.BULK
                ? "Nothing was loaded: the games are loaded in one transaction, and it was rolled back."
                : totals.games() + " game(s) were loaded before the failure, each one whole.";
        if (path == LoadPath.BULK && failure instanceof SQLException e && LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
            return new SampleDataException("Could not lock games, lineups, rolls, plays, roster_links and"
                    + " game_cardset_links within 5 s: another session is using them. Nothing was loaded. Retry when"
                    + " it has finished (pg_stat_activity shows who it is).", e);
        }
        if (failure instanceof SQLException e) {
            return new SampleDataException("Could not load sample games: " + firstLine(e) + ". " + loaded
                    + " Check that the user may write to games, lineups, plays, rolls and roster_links.", e);
        }
        if (failure instanceof InterruptedException) {
            return new SampleDataException("Interrupted while loading sample games. " + loaded, failure);
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceFirst("^ERROR:\\s*", "").strip();
    }

    private static String sql(String name) {
        return SqlResource.of(SampleData.class, name);
    }
}
