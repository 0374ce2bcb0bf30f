package org.strat.model;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.strat.db.EntityManagerFactories;
import org.strat.migrate.Migrations;
import org.strat.migrate.revision.RevisionSource;
import org.strat.migrate.session.MigrationContext;
import org.strat.testing.FreshDatabaseExtension;
import org.strat.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@ExtendWith(FreshDatabaseExtension.class)
class GameEntityTest {

    private static final int AWAY = 10;
    private static final int HOME = 20;

    // jsonb keeps no formatting: it prints keys shorter-first and with ", " and ": " separators, so the
    // expected texts are written in that form.
    private static final String SINGLE_ROLL = "{\"d6\": [3, 5], \"d20\": 14}";
    private static final String ROLL_CONTEXT = "{\"outs\": 0, \"inning\": 1}";
    private static final String CONNECTED_USERS = "{\"7\": {\"team_id\": 10}, \"8\": {\"team_id\": 20}}";
    private static final String SNAPSHOT = "{\"half\": \"top\", \"outs\": 1, \"inning\": 1}";

    @Test
    void aCompleteGameIsStoredAndLoadedBackWithItsRelations(TestDatabase database) {
        migrateToHead(database);
        try (HikariDataSource pool = pool(database);
             EntityManagerFactory factory = EntityManagerFactories.create(pool, true)) {
            UUID gameId = factory.callInTransaction(manager -> {
                Game game = completeGame("roll-");
                manager.persist(game);
                return game.getId();
            });

            factory.runInTransaction(manager -> {
                Game game = manager.find(Game.class, gameId);
                assertThat(game.getLeague()).isEqualTo(League.PD);
                assertThat(game.getStatus()).isEqualTo(GameStatus.ACTIVE);
                assertThat(game.getCurrentHalf()).isEqualTo(Half.TOP);
                assertThat(game.getAwayScore()).isEqualTo(1);
                assertThat(game.getAllowSpectators()).isTrue();
                assertThat(game.getCreatedAt()).isNotNull();
                assertThat(game.getUpdatedAt()).isNotNull();

                List<Lineup> lineups = game.getLineups();
                assertThat(lineups).hasSize(10);
                Lineup centerFielder = lineup(lineups, AWAY, "CF", true);
                Lineup pinchHitter = lineup(lineups, AWAY, "PH", false);
                Lineup starter = lineup(lineups, HOME, "P", true);
                Lineup reliever = lineup(lineups, HOME, "P", false);
                assertThat(pinchHitter.getReplacing()).isSameAs(centerFielder);
                assertThat(pinchHitter.getStarter()).isFalse();
                assertThat(pinchHitter.getEnteredGameAt()).isEqualTo(4);
                assertThat(pinchHitter.getBattingOrder()).isEqualTo(3);
                assertThat(centerFielder.getActive()).isFalse();
                assertThat(centerFielder.getExitedGameAt()).isEqualTo(4);
                assertThat(reliever.getReplacing()).isSameAs(starter);
                assertThat(reliever.getCardId()).isEqualTo(2010);
                assertThat(reliever.getPlayerId()).isNull();

                List<Play> plays = game.getPlays();
                assertThat(plays).extracting(Play::getPlayNumber).containsExactly(1, 2, 3, 4, 5);
                Lineup shortstop = lineup(lineups, AWAY, "SS", true);
                Lineup catcher = lineup(lineups, AWAY, "C", true);
                Lineup homeCatcher = lineup(lineups, HOME, "C", true);

                Play twoBagger = plays.get(1);
                assertThat(twoBagger.getBatter()).isSameAs(catcher);
                assertThat(twoBagger.getPitcher()).isSameAs(starter);
                assertThat(twoBagger.getCatcher()).isSameAs(homeCatcher);
                assertThat(twoBagger.getOnFirst()).isSameAs(shortstop);
                assertThat(twoBagger.getOnSecond()).isNull();
                assertThat(twoBagger.getOnBaseCode()).isEqualTo(Play.RUNNER_ON_FIRST);
                assertThat(twoBagger.getOnFirstFinal()).isEqualTo(4);
                assertThat(twoBagger.getBatterFinal()).isEqualTo(2);
                assertThat(twoBagger.getDoubleHit()).isEqualTo(1);
                assertThat(twoBagger.getRbi()).isEqualTo(1);
                assertThat(twoBagger.getHitLocation()).isEqualTo("LF");
                assertThat(twoBagger.getRoll().getRollId()).isEqualTo("roll-2");

                Play steal = plays.get(2);
                assertThat(steal.getRunner()).isSameAs(catcher);
                assertThat(steal.getSb()).isEqualTo(1);
                assertThat(steal.getPa()).isZero();
                assertThat(steal.getOnSecondFinal()).isEqualTo(3);

                Play walk = plays.get(3);
                assertThat(walk.getBatter()).isSameAs(pinchHitter);
                assertThat(walk.getOnThird()).isSameAs(catcher);
                assertThat(walk.getOnBaseCode()).isEqualTo(Play.RUNNER_ON_THIRD);

                Play strikeout = plays.get(4);
                assertThat(strikeout.getPitcher()).isSameAs(reliever);
                assertThat(strikeout.getDefender()).isSameAs(homeCatcher);
                assertThat(strikeout.getOnBaseCode()).isEqualTo(Play.RUNNER_ON_FIRST | Play.RUNNER_ON_THIRD);
                assertThat(strikeout.getOutsAfter()).isEqualTo(1);
                assertThat(strikeout.getSo()).isEqualTo(1);
                assertThat(strikeout.isComplete()).isTrue();
                assertThat(strikeout.getPlayMetadata()).isEqualTo("{\"pitch_count\": 6}");
                assertThat(plays.get(0).getPlayMetadata()).isEqualTo("{}");
                assertThat(plays.get(0).getDescription()).isEqualTo("Single to center field.");
                assertThat(plays.get(0).getCreatedAt()).isNotNull();

                assertThat(game.getRolls()).extracting(Roll::getRollId)
                        .containsExactlyInAnyOrder("roll-1", "roll-2", "roll-4", "roll-5");
                Roll single = manager.find(Roll.class, "roll-1");
                assertThat(single.getRollType()).isEqualTo(RollType.AB);
                assertThat(single.getLeague()).isEqualTo(League.PD);
                assertThat(single.getRollData()).isEqualTo(SINGLE_ROLL);
                assertThat(single.getContext()).isEqualTo(ROLL_CONTEXT);
                assertThat(single.getRolledAt()).isNotNull();
                assertThat(manager.find(Roll.class, "roll-5").getRollType()).isEqualTo(RollType.WILD_PITCH);

                GameSession session = game.getSession();
                assertThat(session.getGameId()).isEqualTo(gameId);
                assertThat(session.getConnectedUsers()).isEqualTo(CONNECTED_USERS);
                assertThat(session.getStateSnapshot()).isEqualTo(SNAPSHOT);
                assertThat(session.getLastActionAt()).isNotNull();

                assertThat(game.getRosterLinks()).extracting(RosterLink::getCardId)
                        .containsExactly(1001, 1002, 1003, 1004, 1005, 2001, 2002, 2003, 2004, 2010);
                assertThat(game.getRosterLinks()).allSatisfy(link -> assertThat(link.getPlayerId()).isNull());
                assertThat(game.getCardsetLinks())
                        .extracting(GameCardsetLink::getCardsetId, GameCardsetLink::getPriority)
                        .containsExactly(tuple(7, 1), tuple(3, 2));
            });
            assertJsonIsStoredAsJsonb(database, gameId);
        }
    }

    @Test
    void writesUpdateTheTimestampsTheApplicationOwns(TestDatabase database) {
        migrateToHead(database);
        try (HikariDataSource pool = pool(database);
             EntityManagerFactory factory = EntityManagerFactories.create(pool, true)) {
            UUID gameId = factory.callInTransaction(manager -> {
                Game game = new Game(League.SBA, AWAY, HOME);
                game.openSession();
                manager.persist(game);
                return game.getId();
            });
            Instant lastAction = Instant.parse("2030-04-01T18:05:00Z");
            Instant createdAt = factory.callInTransaction(manager -> {
                Game game = manager.find(Game.class, gameId);
                game.setStatus(GameStatus.COMPLETED);
                game.getSession().recordAction(lastAction);
                return game.getCreatedAt();
            });

            factory.runInTransaction(manager -> {
                Game game = manager.find(Game.class, gameId);
                assertThat(game.getStatus()).isEqualTo(GameStatus.COMPLETED);
                assertThat(game.getCreatedAt()).isEqualTo(createdAt);
                assertThat(game.getUpdatedAt()).isAfter(createdAt);
                assertThat(game.getSession().getLastActionAt()).isEqualTo(lastAction);
            });
        }
    }

    @Test
    void hibernateValidatesTheMigratedSchemaAndRejectsAMissingColumn(TestDatabase database) throws SQLException {
        migrateToHead(database);
        try (HikariDataSource pool = pool(database)) {
            EntityManagerFactories.create(pool, true).close();

            execute(database, "ALTER TABLE plays DROP COLUMN locked");

            assertThatThrownBy(() -> EntityManagerFactories.create(pool, true).close())
                    .isInstanceOf(PersistenceException.class)
                    .hasStackTraceContaining("locked");
        }
    }

    @Test
    void removingAGameDeletesEverythingItOwnsAndNothingElse(TestDatabase database) throws SQLException {
        migrateToHead(database);
        try (HikariDataSource pool = pool(database);
             EntityManagerFactory factory = EntityManagerFactories.create(pool, true)) {
            UUID doomed = factory.callInTransaction(manager -> persisted(manager, completeGame("doomed-")));
            UUID kept = factory.callInTransaction(manager -> persisted(manager, completeGame("kept-")));

            factory.runInTransaction(manager -> manager.remove(manager.find(Game.class, doomed)));

            assertThat(rowsPerTable(database, doomed)).containsOnly(0);
            assertThat(rowsPerTable(database, kept)).containsExactly(1, 10, 4, 5, 1, 10, 2);
        }
    }

    @Test
    void deletingAGameRowInSqlCascadesThroughTheForeignKeys(TestDatabase database) throws SQLException {
        migrateToHead(database);
        UUID gameId;
        try (HikariDataSource pool = pool(database);
             EntityManagerFactory factory = EntityManagerFactories.create(pool, true)) {
            gameId = factory.callInTransaction(manager -> persisted(manager, completeGame("roll-")));
        }

        try (Connection connection = database.connect();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM games WHERE id = ?")) {
            delete.setObject(1, gameId);
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }

        assertThat(rowsPerTable(database, gameId)).containsOnly(0);
    }

    /**
     * A pd game after five plays of the top of the first: a single, a double that scores the runner, a stolen
     * base, a walk by a pinch hitter, and a strikeout by a relief pitcher. Roll ids are globally unique, so
     * each game gets its own {@code rollPrefix}.
     */
    private static Game completeGame(String rollPrefix) {
        Game game = new Game(League.PD, HOME, AWAY);
        game.setStatus(GameStatus.ACTIVE);
        game.setHomeUserId(8);
        game.setAwayUserId(7);
        game.setAwayScore(1);

        Lineup shortstop = game.addLineup(Lineup.ofCard(AWAY, 1001, "SS", 1));
        Lineup catcher = game.addLineup(Lineup.ofCard(AWAY, 1002, "C", 2));
        Lineup centerFielder = game.addLineup(Lineup.ofCard(AWAY, 1003, "CF", 3));
        game.addLineup(Lineup.ofCard(AWAY, 1004, "P", null));
        game.addLineup(Lineup.ofCard(HOME, 2001, "SS", 1));
        Lineup homeCatcher = game.addLineup(Lineup.ofCard(HOME, 2002, "C", 2));
        game.addLineup(Lineup.ofCard(HOME, 2003, "CF", 3));
        Lineup starter = game.addLineup(Lineup.ofCard(HOME, 2004, "P", null));
        Lineup pinchHitter = game.addLineup(Lineup.ofCard(AWAY, 1005, "PH", 3).substituteFor(centerFielder, 4));
        Lineup reliever = game.addLineup(Lineup.ofCard(HOME, 2010, "P", null).substituteFor(starter, 5));

        Roll single = game.addRoll(new Roll(rollPrefix + "1", RollType.AB, League.PD, SINGLE_ROLL));
        single.setContext(ROLL_CONTEXT);
        single.setTeamId(AWAY);
        single.setPlayerId(1001);
        Roll doubleRoll = game.addRoll(new Roll(rollPrefix + "2", RollType.AB, League.PD, "{\"d20\": 3}"));
        Roll walkRoll = game.addRoll(new Roll(rollPrefix + "4", RollType.AB, League.PD, "{\"d20\": 19}"));
        Roll wildPitch = game.addRoll(new Roll(rollPrefix + "5", RollType.WILD_PITCH, League.PD, "{\"d20\": 20}"));

        Play play1 = game.addPlay(atBat(1, 0, 0, shortstop, starter, homeCatcher, "single", single));
        play1.setFinalBases(1, null, null, null);
        play1.setHit(1);
        play1.setDescription("Single to center field.");

        Play play2 = game.addPlay(atBat(2, 0, 0, catcher, starter, homeCatcher, "double", doubleRoll));
        play2.placeRunners(shortstop, null, null);
        play2.setFinalBases(2, 4, null, null);
        play2.setHit(1);
        play2.setDoubleHit(1);
        play2.setRbi(1);
        play2.setHitLocation("LF");
        play2.setGoAhead(true);

        Play play3 = game.addPlay(new Play(3, 1, Half.TOP, 0, 0, "stolen_base"));
        play3.setBatter(centerFielder);
        play3.setPitcher(starter);
        play3.setCatcher(homeCatcher);
        play3.setRunner(catcher);
        play3.placeRunners(null, catcher, null);
        play3.setFinalBases(null, null, 3, null);
        play3.setScoreBefore(1, 0);
        play3.setSb(1);

        Play play4 = game.addPlay(atBat(4, 0, 0, pinchHitter, starter, homeCatcher, "walk", walkRoll));
        play4.placeRunners(null, null, catcher);
        play4.setFinalBases(1, null, null, 3);
        play4.setScoreBefore(1, 0);
        play4.setAb(0);
        play4.setBb(1);

        Play play5 = game.addPlay(atBat(5, 0, 1, shortstop, reliever, homeCatcher, "strikeout", wildPitch));
        play5.placeRunners(pinchHitter, null, catcher);
        play5.setFinalBases(0, 1, null, 3);
        play5.setScoreBefore(1, 0);
        play5.setAb(1);
        play5.setSo(1);
        play5.setOutsRecorded(1);
        play5.setDefender(homeCatcher);
        play5.setComplete(true);
        play5.setPlayMetadata("{\"pitch_count\": 6}");

        GameSession session = game.openSession();
        session.setConnectedUsers(CONNECTED_USERS);
        session.setStateSnapshot(SNAPSHOT);

        for (int card : new int[] {1001, 1002, 1003, 1004, 1005}) {
            game.addRosterLink(RosterLink.ofCard(AWAY, card));
        }
        for (int card : new int[] {2001, 2002, 2003, 2004, 2010}) {
            game.addRosterLink(RosterLink.ofCard(HOME, card));
        }
        game.addCardsetLink(new GameCardsetLink(7, 1));
        game.addCardsetLink(new GameCardsetLink(3, 2));
        return game;
    }

    private static Play atBat(int number, int outsBefore, int outsAfter, Lineup batter, Lineup pitcher,
                              Lineup catcher, String outcome, Roll roll) {
        Play play = new Play(number, 1, Half.TOP, outsBefore, outsAfter, outcome);
        play.setBatter(batter);
        play.setPitcher(pitcher);
        play.setCatcher(catcher);
        play.setBattingOrder(batter.getBattingOrder());
        play.setRoll(roll);
        play.setPa(1);
        play.setAb(1);
        return play;
    }

    private static UUID persisted(EntityManager manager, Game game) {
        manager.persist(game);
        return game.getId();
    }

    private static Lineup lineup(List<Lineup> lineups, int teamId, String position, boolean starter) {
        return lineups.stream()
                .filter(entry -> entry.getTeamId() == teamId && entry.getPosition().equals(position)
                        && entry.getStarter() == starter)
                .findFirst()
                .orElseThrow();
    }

    /** Reads the stored JSON back in SQL, which only works if the columns really are jsonb. */
    private static void assertJsonIsStoredAsJsonb(TestDatabase database, UUID gameId) {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT pg_typeof(r.roll_data)::text, (r.roll_data -> 'd20')::int, r.context ->> 'inning',"
                             + " s.connected_users -> '8' ->> 'team_id', jsonb_typeof(s.state_snapshot)"
                             + " FROM rolls r JOIN game_sessions s ON s.game_id = r.game_id"
                             + " WHERE r.game_id = ? AND r.roll_id = 'roll-1'")) {
            query.setObject(1, gameId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("jsonb");
                assertThat(row.getInt(2)).isEqualTo(14);
                assertThat(row.getString(3)).isEqualTo("1");
                assertThat(row.getString(4)).isEqualTo("20");
                assertThat(row.getString(5)).isEqualTo("object");
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Rows of the game in games, lineups, rolls, plays, game_sessions, roster_links, game_cardset_links. */
    private static List<Integer> rowsPerTable(TestDatabase database, UUID gameId) throws SQLException {
        String sql = "SELECT (SELECT count(*) FROM games WHERE id = ?),"
                + " (SELECT count(*) FROM lineups WHERE game_id = ?),"
                + " (SELECT count(*) FROM rolls WHERE game_id = ?),"
                + " (SELECT count(*) FROM plays WHERE game_id = ?),"
                + " (SELECT count(*) FROM game_sessions WHERE game_id = ?),"
                + " (SELECT count(*) FROM roster_links WHERE game_id = ?),"
                + " (SELECT count(*) FROM game_cardset_links WHERE game_id = ?)";
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int parameter = 1; parameter <= 7; parameter++) {
                query.setObject(parameter, gameId);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return List.of(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5),
                        row.getInt(6), row.getInt(7));
            }
        }
    }

    private static void migrateToHead(TestDatabase database) {
        Migrations.of(MigrationContext.of(database.settings(), RevisionSource.classpath())).upgrade("head");
    }

    private static HikariDataSource pool(TestDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername("postgres");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
