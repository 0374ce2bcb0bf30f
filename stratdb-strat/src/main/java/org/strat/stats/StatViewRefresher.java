package org.strat.stats;

import org.strat.migrate.sql.SqlResource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refreshes the stat views from the plays recorded so far.
 *
 * <p>Usage, when the application completes a game:
 * {@code new StatViewRefresher(ConnectionSource.of(dataSource)).refresh(RefreshMode.CONCURRENTLY)}.
 * Each call uses one connection and closes (returns) it. Thread-safe; two refreshes of the same view at the same
 * time queue on the view's lock in PostgreSQL.
 */
public final class StatViewRefresher {

    private final ConnectionSource connections;

    public StatViewRefresher(ConnectionSource connections) {
        this.connections = connections;
    }

    /**
     * Refresh the stat views from the plays recorded so far.
     *
     * <p>A view that was never populated is refreshed plainly even when {@code mode} is CONCURRENTLY: PostgreSQL
     * refuses a concurrent refresh of an unpopulated view, and nobody can be reading it anyway.
     *
     * @throws StatViewsMissingException when the database is below revision 004_stat_views
     */
    public RefreshResult refresh(RefreshMode mode) {
        return refresh(mode, RefreshProgress.NONE);
    }

    /** {@link #refresh(RefreshMode)}, telling {@code progress} as each view starts and ends. */
    public RefreshResult refresh(RefreshMode mode, RefreshProgress progress) {
        try (Connection connection = connections.open()) {
            // REFRESH ... CONCURRENTLY cannot run in a transaction block; each view commits on its own, so a
            // plain refresh holds its exclusive lock only for its own view.
            connection.setAutoCommit(true);
            Map<StatView, Boolean> populated = StatViewStates.requireExisting(connection);
            List<ViewRefresh> refreshed = new ArrayList<>();
            StatView[] views = StatView.values();
            for (StatView view : views) {
                RefreshMode used = mode == RefreshMode.CONCURRENTLY && populated.get(view) ? RefreshMode.CONCURRENTLY
                        : RefreshMode.PLAIN;
                progress.starting(view, used, refreshed.size() + 1, views.length);
                ViewRefresh refresh = refresh(connection, view, mode, used);
                refreshed.add(refresh);
                progress.refreshed(refresh);
            }
            return new RefreshResult(refreshed);
        } catch (SQLException e) {
            throw new StatsQueryException("refresh the stat views", e);
        }
    }

    private static ViewRefresh refresh(Connection connection, StatView view, RefreshMode requested, RefreshMode used)
            throws SQLException {
        String sql = SqlResource.of(StatViewRefresher.class, used.name().toLowerCase(Locale.ROOT) + "-" + view.viewName());
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return new ViewRefresh(view, requested, used, (System.nanoTime() - start) / 1_000_000);
    }
}
