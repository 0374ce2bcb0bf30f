package org.strat.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.strat.db.ApplicationDatabase;
import org.strat.db.EntityManagerFactories;
import org.strat.db.StartupCheck;
import org.strat.db.StartupCheckResult;
import org.strat.migrate.Migrations;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.connect.DatabaseSettingsResolver;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Times the application's start-up check (schema at head + model validation; issue 7's target: 20 ms in process)
 * in one warm JVM, as it is now ({@link StartupCheck} on one pooled connection) and as it was (the {@code current}
 * command on a new connection, then Hibernate's {@code hbm2ddl validate} while the factory is built).
 *
 * <p>Usage: {@code java -cp CLASSES:target/stratdb.jar:target/lib/* org.strat.bench.StartupCheckBench --url URL
 * [--runs 31] [--warmup 10]}. The database at URL must be at head; nothing is written to it. Prints rows in the
 * layout of bench/run's table (case | median | compared with | ratio | target | status) on standard output,
 * progress on standard error. Every figure is the median of {@code runs} timings after {@code warmup} untimed ones;
 * fewer than 20 runs are raised to 20.
 *
 * <p>The old check cannot be timed as one piece any more: "before" is the old schema-at-head check timed as it
 * ran, plus Hibernate's validation taken as the difference between building the factory with and without it
 * (the median of paired differences, the two builds alternating).
 */
public final class StartupCheckBench {

    private static final double TARGET_MS = 20;
    private static final int MINIMUM_RUNS = 20;

    private final DatabaseSettings settings;
    private final int warmup;
    private final int runs;

    private StartupCheckBench(DatabaseSettings settings, int warmup, int runs) {
        this.settings = settings;
        this.warmup = warmup;
        this.runs = Math.max(runs, MINIMUM_RUNS);
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        int runs = 31;
        int warmup = 10;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        DatabaseSettings settings = new DatabaseSettingsResolver(System.getenv()).resolve(url)
                .orElseThrow(() -> new IllegalArgumentException("--url is required"));
        new StartupCheckBench(settings, warmup, runs).run();
    }

    private void run() throws Exception {
        progress("before: schema at head as the old start-up checked it");
        double oldHead = median(this::oldHeadCheck);
        progress("before: Hibernate's validation (factory built with and without it)");
        double validation;
        try (HikariDataSource pool = new HikariDataSource(poolConfig())) {
            validation = medianDifference(() -> buildFactory(pool, true), () -> buildFactory(pool, false));
        }
        double before = oldHead + validation;

        progress("after: one-time preparation, then the check");
        double readRevisions = median(() -> timed(() -> StartupCheck.revisionGraph(RevisionSource.classpath())));
        double onPooledConnection;
        double viaApplication;
        double onNewConnection;
        double prepare;
        try (ApplicationDatabase application = ApplicationDatabase.open(settings)) {
            RevisionGraph graph = StartupCheck.revisionGraph(RevisionSource.classpath());
            EntityManagerFactory factory = application.entityManagerFactory();
            prepare = median(() -> timed(() -> StartupCheck.of(graph, factory)));
            StartupCheck check = StartupCheck.of(graph, factory);
            try (Connection held = application.dataSource().getConnection()) {
                onPooledConnection = median(() -> timedCheck(check, held));
            }
            viaApplication = median(() -> timed(() -> requireReady(application.check())));
            onNewConnection = median(() -> {
                try (Connection fresh = newConnection()) {
                    return timedCheck(check, fresh);
                }
            });
        }

        progress("whole start-up: ApplicationDatabase.open as it was and as it is");
        double openBefore = median(this::oldOpen);
        double openAfter = median(this::newOpen);

        row("start-up check before: schema at head (current command: revisions re-read, new connection)",
                ms(oldHead), "", "", "", "");
        row("start-up check before: Hibernate hbm2ddl validate (factory with it − without it)",
                ms(validation), "", "", "", "");
        row("start-up check after: StartupCheck.run on a pooled connection (stratdb_revision + one catalog query)",
                ms(onPooledConnection), "before: " + ms(before), ratio(before / onPooledConnection),
                "≤ 20 ms", onPooledConnection <= TARGET_MS ? "met" : "not met");
        row("start-up check after, worst case: first check on a brand-new connection (cold server backend)",
                ms(onNewConnection), "before: " + ms(before), ratio(before / onNewConnection),
                "≤ 20 ms", onNewConnection <= TARGET_MS ? "met" : "not met");
        row("start-up check after: ApplicationDatabase.check() (pool checkout included)",
                ms(viaApplication), "", "", "", "");
        row("start-up check, once per open: revision files read and parsed (classpath)", ms(readRevisions),
                "", "", "", "");
        row("start-up check, once per open: expected tables and columns from the mapping model", ms(prepare),
                "", "", "", "");
        row("ApplicationDatabase.open, whole (pool + factory + check; close not timed)", ms(openAfter),
                "before: " + ms(openBefore), ratio(openBefore / openAfter), "", "");
    }

    // What ApplicationDatabase.requireHead did before the StartupCheck: a fresh context per start, so the revision
    // files were read and parsed, and a new plain connection opened, on every check.
    private long oldHeadCheck() {
        long start = System.nanoTime();
        boolean atHead = Migrations.of(MigrationContext.of(settings, RevisionSource.classpath())).current().atHead();
        long elapsed = System.nanoTime() - start;
        if (!atHead) {
            throw new IllegalStateException("the benchmark database is not at head: run stratdb upgrade head");
        }
        return elapsed;
    }

    private long oldOpen() {
        long start = System.nanoTime();
        oldHeadCheck();
        HikariDataSource pool = new HikariDataSource(poolConfig());
        EntityManagerFactory factory = EntityManagerFactories.create(pool, true);
        long elapsed = System.nanoTime() - start;
        factory.close();
        pool.close();
        return elapsed;
    }

    private long newOpen() {
        long start = System.nanoTime();
        ApplicationDatabase application = ApplicationDatabase.open(settings);
        long elapsed = System.nanoTime() - start;
        application.close();
        return elapsed;
    }

    private static long buildFactory(HikariDataSource pool, boolean validate) {
        long start = System.nanoTime();
        EntityManagerFactory factory = EntityManagerFactories.create(pool, validate);
        long elapsed = System.nanoTime() - start;
        factory.close();
        return elapsed;
    }

    private static long timedCheck(StartupCheck check, Connection connection) throws SQLException {
        long start = System.nanoTime();
        StartupCheckResult result = check.run(connection);
        long elapsed = System.nanoTime() - start;
        requireReady(result);
        return elapsed;
    }

    private static void requireReady(StartupCheckResult result) {
        if (!result.ready()) {
            throw new IllegalStateException("the benchmark database is not ready: " + result);
        }
    }

    // The same pool the application had before the StartupCheck (ApplicationDatabase.poolConfig).
    private HikariConfig poolConfig() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("strat");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.addDataSourceProperty("ApplicationName", "strat-gameplay");
        return config;
    }

    private Connection newConnection() throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        return DriverManager.getConnection(settings.jdbcUrl(), properties);
    }

    @FunctionalInterface
    private interface Timing {
        long nanos() throws Exception;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private double median(Timing timing) throws Exception {
        for (int i = 0; i < warmup; i++) {
            timing.nanos();
        }
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(timing.nanos());
        }
        return medianMs(samples);
    }

    /** The median of {@code first − second}, the two alternating run by run so that load falls on both. */
    private double medianDifference(Timing first, Timing second) throws Exception {
        for (int i = 0; i < warmup; i++) {
            first.nanos();
            second.nanos();
        }
        List<Long> differences = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long a;
            long b;
            if (i % 2 == 0) {
                a = first.nanos();
                b = second.nanos();
            } else {
                b = second.nanos();
                a = first.nanos();
            }
            differences.add(a - b);
        }
        return medianMs(differences);
    }

    private static double medianMs(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return median / 1_000_000.0;
    }

    private static void row(String what, String median, String comparedWith, String ratio, String target,
                            String status) {
        System.out.printf("| %s | %s | %s | %s | %s | %s |%n", what, median, comparedWith, ratio, target, status);
        System.out.flush();
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : millis < 100 ? "%.1f ms" : "%,.0f ms", millis);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, ratio < 10 ? "%.1f×" : "%,.0f×", ratio);
    }

    private static void progress(String message) {
        System.err.println("bench:   start-up check: " + message);
    }
}
