package org.strat.stats;

import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Reads the three stat views in a loop on a connection of its own, as a box-score page would, and remembers the
 * longest time one round of reads took. Closing it stops the loop and closes the connection.
 */
final class ViewReader implements AutoCloseable {

    record Waits(int reads, Duration longest) {
    }

    private static final String[] READS = {
            "SELECT sum(pa) FROM batting_game_stats WHERE player_id = 101",
            "SELECT sum(outs) FROM pitching_game_stats WHERE player_id = 121",
            "SELECT count(*) FROM game_stats"};

    private final Connection connection;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile long longestNanos;
    private volatile int reads;
    private volatile SQLException failure;

    private ViewReader(Connection connection) {
        this.connection = connection;
        this.thread = new Thread(this::loop, "view-reader");
    }

    static ViewReader start(TestDatabase database) throws SQLException {
        ViewReader reader = new ViewReader(database.connect());
        reader.thread.start();
        return reader;
    }

    private void loop() {
        try (Statement statement = connection.createStatement()) {
            while (!stopped) {
                long start = System.nanoTime();
                for (String read : READS) {
                    try (ResultSet rows = statement.executeQuery(read)) {
                        rows.next();
                    }
                }
                longestNanos = Math.max(longestNanos, System.nanoTime() - start);
                reads++;
            }
        } catch (SQLException e) {
            failure = e;
        }
    }

    Waits stop() throws SQLException, InterruptedException {
        stopped = true;
        thread.join();
        if (failure != null) {
            throw failure;
        }
        return new Waits(reads, Duration.ofNanos(longestNanos));
    }

    @Override
    public void close() throws SQLException, InterruptedException {
        stopped = true;
        thread.join();
        connection.close();
    }
}
