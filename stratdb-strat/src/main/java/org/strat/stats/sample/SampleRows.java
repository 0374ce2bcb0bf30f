package org.strat.stats.sample;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes simulated games as COPY rows, one buffer per table, in the column order of the {@code copy-*.sql}
 * statements of {@link BatchLoader}. Not thread-safe: one per loader.
 */
final class SampleRows {

    /** Plays are spaced this far apart in created_at (and their rolls in rolled_at): about a 3h20 game. */
    private static final int SECONDS_PER_PLAY = 150;
    private static final int USER_ID_BASE = 1_000;

    final CopyText games = new CopyText();
    final CopyText lineups = new CopyText();
    final CopyText rolls = new CopyText();
    final CopyText plays = new CopyText();
    final CopyText rosterLinks = new CopyText();
    final CopyText cardsetLinks = new CopyText();

    private final boolean cards;
    private final byte[] league;

    SampleRows(boolean cards) {
        this.cards = cards;
        this.league = (cards ? "pd" : "sba").getBytes(StandardCharsets.US_ASCII);
    }

    void clear() {
        games.clear();
        lineups.clear();
        rolls.clear();
        plays.clear();
        rosterLinks.clear();
        cardsetLinks.clear();
    }

    /** Adds the games, their lineup entries numbered with ids drawn from {@code ids}. */
    void addAll(List<SimulatedGame> batch, LineupIds ids) throws SQLException {
        int[] lineupIds = ids.reserve(batch.stream().mapToInt(game -> game.lineups().size()).sum());
        int next = 0;
        for (SimulatedGame game : batch) {
            add(game, lineupIds, next);
            next += game.lineups().size();
        }
    }

    /** @param lineupIds database ids for the game's lineup entries, from {@code lineupIds[firstId]} on */
    private void add(SimulatedGame game, int[] lineupIds, int firstId) {
        byte[] gameId = game.id().toString().getBytes(StandardCharsets.US_ASCII);
        long end = game.startEpochSecond() + (long) game.plays().size() * SECONDS_PER_PLAY;
        games.raw(gameId).raw(league).number(game.homeTeamId()).number(game.awayTeamId())
                .number(USER_ID_BASE + game.homeTeamId()).number(USER_ID_BASE + game.awayTeamId())
                .number(game.finalInning()).text(game.endedInTop() ? "top" : "bottom")
                .number(game.homeScore()).number(game.awayScore()).text("completed").bool(true)
                .timestamp(game.startEpochSecond()).timestamp(end).endRow();
        for (int i = 0; i < game.lineups().size(); i++) {
            addLineup(gameId, game.lineups().get(i), lineupIds[firstId + i], lineupIds, firstId);
        }
        for (PlayRecord play : game.plays()) {
            long at = game.startEpochSecond() + (long) play.number * SECONDS_PER_PLAY;
            String rollId = game.id() + "-" + play.number;
            addRoll(gameId, game, play, rollId, at);
            addPlay(gameId, play, rollId, at, lineupIds, firstId);
        }
        for (TeamRoster roster : game.rosters()) {
            for (int person : roster.everyone()) {
                rosterLinks.raw(gameId).number(roster.teamId());
                person(rosterLinks, person);
                rosterLinks.timestamp(game.startEpochSecond()).endRow();
            }
        }
        if (cards) {
            // pd games draw from the current card set first, then last year's.
            cardsetLinks.raw(gameId).number(26).number(1).endRow();
            cardsetLinks.raw(gameId).number(25).number(2).endRow();
        }
    }

    private void addLineup(byte[] gameId, LineupRecord entry, int id, int[] lineupIds, int firstId) {
        lineups.number(id).raw(gameId).number(entry.teamId);
        person(lineups, entry.personId);
        lineups.text(entry.position).numberOrNull(entry.battingOrder).bool(entry.starter).bool(entry.active)
                .numberOrNull(idOrNone(entry.replacing, lineupIds, firstId)).numberOrNull(entry.enteredAt)
                .numberOrNull(entry.exitedAt).endRow();
    }

    private void person(CopyText row, int person) {
        if (cards) {
            row.number(person).nullValue();
        } else {
            row.nullValue().number(person);
        }
    }

    private static int idOrNone(int index, int[] lineupIds, int firstId) {
        return index == SimulatedGame.NONE ? SimulatedGame.NONE : lineupIds[firstId + index];
    }

    private void addRoll(byte[] gameId, SimulatedGame game, PlayRecord play, String rollId, long at) {
        rolls.text(rollId).raw(gameId).text(play.rollType).raw(league).number(play.rollTeamId);
        // rolls has a player_id only: a pd roll names no player, its card is in the play.
        int person = play.rollPersonLineup == SimulatedGame.NONE ? SimulatedGame.NONE
                : game.lineups().get(play.rollPersonLineup).personId;
        rolls.numberOrNull(cards ? SimulatedGame.NONE : person).text(play.rollData).timestamp(at).endRow();
    }

    private void addPlay(byte[] gameId, PlayRecord play, String rollId, long at, int[] lineupIds, int firstId) {
        plays.raw(gameId).number(play.number).number(play.inning).text(play.top ? "top" : "bottom")
                .number(play.outsBefore).number(play.outsAfter).number(play.battingOrder)
                .number(play.awayScore).number(play.homeScore).number(play.onBaseCode);
        for (int lineup : new int[] {play.batter, play.pitcher, play.catcher, play.defender, play.runner,
                play.onFirst, play.onSecond, play.onThird}) {
            plays.numberOrNull(idOrNone(lineup, lineupIds, firstId));
        }
        plays.numberOrNull(play.onFirstFinal).numberOrNull(play.onSecondFinal).numberOrNull(play.onThirdFinal)
                .numberOrNull(play.batterFinal).text(rollId).text(play.outcome.name()).text(play.hitLocation)
                .number(play.pa).number(play.ab).number(play.hit).number(play.run).number(play.earnedRuns)
                .number(play.rbi).number(play.doubles).number(play.triples).number(play.homerun).number(play.bb)
                .number(play.so).number(play.hbp).number(play.sac).number(play.ibb).number(play.gidp)
                .number(play.sb).number(play.cs).number(play.outsRecorded).number(play.wildPitch)
                .number(play.balk).number(play.error).bool(play.goAhead).bool(play.tied).bool(true)
                .timestamp(at).endRow();
    }
}
