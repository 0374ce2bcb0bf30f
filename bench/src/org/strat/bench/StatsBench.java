package org.strat.bench;

import org.strat.db.ApplicationDatabase;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.sql.SqlResource;
import org.strat.model.League;
import org.strat.stats.BattingCounts;
import org.strat.stats.BattingSeason;
import org.strat.stats.BoxScores;
import org.strat.stats.ConnectionSource;
import org.strat.stats.RefreshMode;
import org.strat.stats.RefreshResult;
import org.strat.stats.SeasonLines;
import org.strat.stats.StatSubject;
import org.strat.stats.StatView;
import org.strat.stats.StatViewRefresher;
import org.strat.stats.ViewRefresh;
import org.strat.stats.sample.SampleData;
import org.strat.stats.sample.SampleDataProgress;
import org.strat.stats.sample.SampleDataRequest;
import org.strat.stats.sample.SampleDataResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Times the stat-view work at growing numbers of sample games: loading them, refreshing the views concurrently,
 * one player's season line from the views against the same line computed from plays, and one game's box score.
 *
 * <p>Reads go through the application's own pool ({@link ApplicationDatabase#dataSource()}), as the application
 * reads them; sample games are loaded with plain connections, as {@code stratdb sample-data} loads them.
 */
final class StatsBench {

    /** Issue 7 judges the season line at this many games. */
    private static final int JUDGED_AT_GAMES = 10_000;
    private static final double SEASON_LINE_TARGET = 200;
    private static final double PLAYS_PER_SECOND_TARGET = 100_000;

    private final DatabaseSettings settings;
    private final Measure measure;
    private final Report report;

    StatsBench(DatabaseSettings settings, Measure measure, Report report) {
        this.settings = settings;
        this.measure = measure;
        this.report = report;
    }

    void run(List<Integer> levels) throws Exception {
        int loaded = 0;
        long seed = 1;
        Integer player = null;
        try (ApplicationDatabase application = ApplicationDatabase.open(settings)) {
            ConnectionSource pooled = ConnectionSource.of(application.dataSource());
            for (int games : levels) {
                if (games > loaded) {
                    load(games - loaded, seed++, games);
                    loaded = games;
                }
                // After a bulk load PostgreSQL has no statistics and no visibility map for the new rows until
                // autovacuum gets round to them (a minute or more); measuring before that would time a database
                // state no developer keeps for long, and differently from run to run.
                vacuumAnalyze();
                refresh(games, pooled);
                vacuumAnalyze();
                if (player == null) {
                    player = queryInt(pooled, "pick-player");
                }
                seasonLine(games, pooled, player);
                boxScore(games, pooled);
            }
        }
    }

    private void load(int count, long seed, int total) throws Exception {
        Report.progress("loading " + Report.count(count) + " sample games (seed " + seed + ")");
        SampleDataResult result = new SampleData(ConnectionSource.of(settings))
                .load(new SampleDataRequest(count, seed, League.SBA), SampleDataProgress.NONE);
        double seconds = result.durationMs() / 1000.0;
        double playsPerSecond = result.plays() / seconds;
        report.row("sample data: load " + Report.count(count) + " games (" + Report.count(total)
                        + " in the database after), one run", Report.count(playsPerSecond) + " plays/s",
                Report.count(result.games() / seconds) + " games/s; " + Report.count(result.plays()) + " plays in "
                        + String.format(Locale.ROOT, "%.1f s", seconds),
                "", "≥ 100,000 plays/s", Report.met(playsPerSecond >= PLAYS_PER_SECOND_TARGET));
    }

    private void vacuumAnalyze() throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = ConnectionSource.of(settings).open();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM (ANALYZE)");
        }
        Report.progress("VACUUM (ANALYZE) took " + Report.ms((System.nanoTime() - start) / 1e6));
    }

    private void refresh(int games, ConnectionSource pooled) throws Exception {
        Report.progress(Report.count(games) + " games: REFRESH MATERIALIZED VIEW CONCURRENTLY");
        StatViewRefresher refresher = new StatViewRefresher(pooled);
        Map<StatView, Measure.Samples> perView = new EnumMap<>(StatView.class);
        List<Boolean> fellBack = new ArrayList<>();
        int[] call = {0};
        Measure.Samples total = measure.timeSelf(() -> {
            long start = System.nanoTime();
            RefreshResult result = refresher.refresh(RefreshMode.CONCURRENTLY);
            long nanos = System.nanoTime() - start;
            if (call[0]++ >= measure.warmup()) {
                for (ViewRefresh view : result.views()) {
                    perView.computeIfAbsent(view.view(), key -> new Measure.Samples())
                            .add(view.durationMs() * 1_000_000);
                    fellBack.add(view.fellBackToPlain());
                }
            }
            return nanos;
        });
        StringBuilder split = new StringBuilder();
        for (Map.Entry<StatView, Measure.Samples> view : perView.entrySet()) {
            split.append(split.length() == 0 ? "" : " + ").append(view.getKey().viewName())
                    .append(' ').append(Report.ms(view.getValue().medianMs()));
        }
        report.row(Report.count(games) + " games: REFRESH … CONCURRENTLY of the 3 views (StatViewRefresher)",
                Report.ms(total.medianMs()), split + (fellBack.contains(true) ? "; a view fell back to plain!" : ""),
                "", "—", "");
    }

    /**
     * Compares the two ways of getting a season line as queries (the view's SQL, exactly as SeasonLines runs it,
     * against the same line summed from plays, each one prepared statement on a pooled connection), which is
     * what issue 7's ratio is about; and times SeasonLines.batting itself, whose read-only transaction and check
     * that the views are populated cost round trips of their own.
     */
    private void seasonLine(int games, ConnectionSource pooled, int player) throws Exception {
        Report.progress(Report.count(games) + " games: season batting line of player " + player);
        SeasonLines lines = new SeasonLines(pooled);
        StatSubject subject = StatSubject.player(player);
        BattingSeason fromApi = lines.batting(subject);
        BattingSeason fromView = battingLine(pooled, SqlResource.of(SeasonLines.class, "batting-player"), subject);
        BattingSeason fromPlays = battingLine(pooled, sql("season-batting-from-plays"), subject);
        List<Measure.Samples> samples = measure.timeSideBySide(List.of(
                () -> battingLine(pooled, SqlResource.of(SeasonLines.class, "batting-player"), subject),
                () -> battingLine(pooled, sql("season-batting-from-plays"), subject),
                () -> lines.batting(subject)));
        double viewMs = samples.get(0).medianMs();
        double playsMs = samples.get(1).medianMs();
        double apiMs = samples.get(2).medianMs();
        double ratio = playsMs / viewMs;
        boolean judged = games == JUDGED_AT_GAMES;
        String agreement = fromApi.equals(fromPlays) && fromView.equals(fromPlays) ? ""
                : "; RESULTS DIFFER (views " + fromApi + ", plays " + fromPlays + ")";
        String who = "player " + player + ", " + Report.count(fromApi.counts().pa()) + " PA in "
                + Report.count(fromApi.games()) + " games";
        report.row(Report.count(games) + " games: season batting line (" + who + "), query on the view"
                        + " (SeasonLines' SQL)", Report.ms(viewMs), "from plays: " + Report.ms(playsMs) + agreement,
                Report.ratio(ratio) + " faster", judged ? "≥ 200× faster" : "(≥ 200× at 10,000 games)",
                judged ? Report.met(ratio >= SEASON_LINE_TARGET) : "—");
        report.row(Report.count(games) + " games: the same line through SeasonLines.batting (read-only"
                        + " transaction, views-populated check, query)", Report.ms(apiMs),
                "from plays: " + Report.ms(playsMs), Report.ratio(playsMs / apiMs) + " faster", "—", "");
    }

    /**
     * One batting line by the given SQL, which takes the player id and returns the columns of SeasonLines'
     * batting-player.sql: that file itself, or season-batting-from-plays.sql (the same line summed from plays).
     */
    private static BattingSeason battingLine(ConnectionSource pooled, String query, StatSubject subject)
            throws SQLException {
        try (Connection connection = pooled.open();
             PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setInt(1, subject.id());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new BattingSeason(subject, row.getInt("games"), new BattingCounts(row.getInt("pa"),
                        row.getInt("ab"), row.getInt("run"), row.getInt("hit"), row.getInt("double"),
                        row.getInt("triple"), row.getInt("homerun"), row.getInt("rbi"), row.getInt("bb"),
                        row.getInt("so"), row.getInt("hbp"), row.getInt("sac"), row.getInt("ibb"), row.getInt("gidp"),
                        row.getInt("sb"), row.getInt("cs")));
            }
        }
    }

    private void boxScore(int games, ConnectionSource pooled) throws Exception {
        UUID game;
        try (Connection connection = pooled.open();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql("pick-game"))) {
            row.next();
            game = row.getObject(1, UUID.class);
        }
        BoxScores boxScores = new BoxScores(pooled);
        double ms = measure.time(() -> boxScores.of(game)).medianMs();
        report.row(Report.count(games) + " games: one game's box score (BoxScores)", Report.ms(ms), "", "", "—", "");
    }

    private static int queryInt(ConnectionSource connections, String name) throws SQLException {
        try (Connection connection = connections.open();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql(name))) {
            row.next();
            return row.getInt(1);
        }
    }

    private static String sql(String name) {
        return SqlResource.of(StatsBench.class, name);
    }
}
