package org.strat.testing;

import org.strat.migrate.Migrations;
import org.strat.migrate.connect.DatabaseSettings;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.model.League;
import org.strat.stats.ConnectionSource;
import org.strat.stats.sample.SampleData;
import org.strat.stats.sample.SampleDataProgress;
import org.strat.stats.sample.SampleDataRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Databases built the way the Python app built them, from the SQL fixtures under src/test/resources/adoption: a
 * {@code create_all()} schema with SQLAlchemy's names, and an Alembic one at 004 with its own view SQL and an
 * alembic_version table. Plus the catalog of a database stratdb built at head, to compare an adopted one with.
 */
public final class LegacyDatabase {

    private static final List<String> STAT_VIEWS = List.of("batting_game_stats", "pitching_game_stats", "game_stats");
    private static CatalogSnapshot headCatalog;

    private LegacyDatabase() {
    }

    /** The tables as Base.metadata.create_all() made them (adoption/create_all.sql). */
    public static void createAll(TestDatabase database) {
        Sql.execute(database, fixture("create_all.sql"));
    }

    /** create_all() and then Alembic up to 004_stat_views (adoption/alembic_004.sql). */
    public static void alembicAt004(TestDatabase database) {
        createAll(database);
        Sql.execute(database, fixture("alembic_004.sql"));
    }

    /** Adds sample games (seed 42, sba), as the production database holds real ones. */
    public static void loadGames(TestDatabase database, int games) {
        new SampleData(ConnectionSource.of(database.settings()))
                .load(new SampleDataRequest(games, 42, League.SBA), SampleDataProgress.NONE);
    }

    public static void refreshStatViews(TestDatabase database) {
        STAT_VIEWS.forEach(view -> Sql.execute(database, "REFRESH MATERIALIZED VIEW " + view));
    }

    /** Every row of the three stat views, as sorted text: equal lists mean the views hold the same rows. */
    public static List<String> statViewRows(TestDatabase database) {
        return STAT_VIEWS.stream().flatMap(view -> Sql.column(database,
                "SELECT '" + view + " ' || v::text FROM " + view + " v ORDER BY 1").stream()).toList();
    }

    /** Row counts of the tables that hold games. */
    public static List<String> rowCounts(TestDatabase database) {
        return Sql.column(database, "SELECT 'games ' || (SELECT count(*) FROM games) || ', lineups '"
                + " || (SELECT count(*) FROM lineups) || ', plays ' || (SELECT count(*) FROM plays) || ', rolls '"
                + " || (SELECT count(*) FROM rolls) || ', roster_links ' || (SELECT count(*) FROM roster_links)");
    }

    /** The application schema's catalog (stratdb's and Alembic's tables left out). */
    public static CatalogSnapshot applicationCatalog(TestDatabase database) {
        try (Connection connection = database.connect()) {
            return withoutAlembic(CatalogSnapshot.of(connection, CatalogSnapshot.Scope.WITHOUT_TOOL_TABLES));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The catalog of a database that stratdb built from nothing to head with the project's revisions. */
    public static synchronized CatalogSnapshot headCatalog() {
        if (headCatalog == null) {
            PostgresServer server = PostgresServer.get();
            TestDatabase fresh = new TestDatabase(server, server.createDatabase("fresh_head"));
            try {
                DatabaseSettings settings = fresh.settings();
                Migrations.of(MigrationContext.of(settings, RevisionSource.classpath())).upgrade("head");
                headCatalog = applicationCatalog(fresh);
            } finally {
                server.dropDatabase(fresh.name());
            }
        }
        return headCatalog;
    }

    /** The snapshot without the columns' positions, for a schema whose columns were created in another order. */
    public static CatalogSnapshot withoutColumnPositions(CatalogSnapshot snapshot) {
        return new CatalogSnapshot(snapshot.lines().stream().map(line -> line.replaceFirst(" \\(position \\d+\\)$", "")).toList());
    }

    private static CatalogSnapshot withoutAlembic(CatalogSnapshot snapshot) {
        return new CatalogSnapshot(snapshot.lines().stream().filter(line -> !line.contains("alembic_version")).toList());
    }

    private static String fixture(String name) {
        try (InputStream in = LegacyDatabase.class.getClassLoader().getResourceAsStream("adoption/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture adoption/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
