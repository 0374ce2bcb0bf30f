package org.strat.stats.sample;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Simulates complete games of a 20-team sample league. Game {@code n} of a seed is always the same game, whichever
 * batch or thread simulates it, because its random numbers come from a generator seeded by the seed and n only.
 *
 * <p>Thread-safe: it holds only the immutable rosters.
 */
final class GameSimulator {

    private static final long SEASON_START = LocalDate.of(2026, 4, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    private static final long FIRST_PITCH = (13 * 60 + 5) * 60L;
    private static final int GAMES_PER_DAY = TeamRoster.TEAMS / 2;

    private final long seed;
    private final TeamRoster[] rosters = new TeamRoster[TeamRoster.TEAMS + 1];

    GameSimulator(long seed, boolean cards) {
        this.seed = seed;
        for (int teamId = 1; teamId <= TeamRoster.TEAMS; teamId++) {
            rosters[teamId] = TeamRoster.of(teamId, cards);
        }
    }

    /** The id game {@code index} gets, without simulating it (to check whether a seed was loaded before). */
    UUID gameId(int index) {
        return randomUuid(random(index));
    }

    SimulatedGame simulate(int index) {
        SplittableRandom random = random(index);
        UUID id = randomUuid(random);
        int awayTeamId = 1 + random.nextInt(TeamRoster.TEAMS);
        int homeTeamId = 1 + random.nextInt(TeamRoster.TEAMS - 1);
        if (homeTeamId >= awayTeamId) {
            homeTeamId++;
        }
        List<LineupRecord> lineups = new ArrayList<>(32);
        // A five-man rotation: each club's starter follows from the game number, as a schedule would have it.
        TeamInGame away = new TeamInGame(rosters[awayTeamId], (index + awayTeamId) % 5, lineups, random);
        TeamInGame home = new TeamInGame(rosters[homeTeamId], (index + homeTeamId) % 5, lineups, random);
        GameRun run = new GameRun(random, away, home);
        run.play();
        long start = SEASON_START + (long) (index / GAMES_PER_DAY) * 86_400 + FIRST_PITCH;
        return new SimulatedGame(index, id, awayTeamId, homeTeamId, run.inning(), run.endedInTop(), run.awayScore(),
                run.homeScore(), start, lineups, run.plays(),
                List.of(rosters[awayTeamId], rosters[homeTeamId]));
    }

    /** Games {@code from} (inclusive) to {@code to} (exclusive), in order. */
    List<SimulatedGame> simulate(int from, int to) {
        List<SimulatedGame> games = new ArrayList<>(to - from);
        for (int index = from; index < to; index++) {
            games.add(simulate(index));
        }
        return games;
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(gameSeed(seed, index));
    }

    /**
     * A well-mixed seed for game {@code index}. Seeding game n with {@code seed + n * step} would be a trap:
     * SplittableRandom advances its state by a fixed gamma per number drawn, so for step = gamma game n + 1 would
     * replay game n's numbers shifted by one, and nearby steps give overlapping streams too. Mixing (the MurmurHash3
     * finaliser, as SplittableRandom uses internally) spreads the seeds over all 64 bits.
     */
    private static long gameSeed(long seed, int index) {
        long mixed = seed * 0x9E3779B97F4A7C15L + index;
        mixed = (mixed ^ (mixed >>> 33)) * 0xFF51AFD7ED558CCDL;
        mixed = (mixed ^ (mixed >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return mixed ^ (mixed >>> 33);
    }

    // A version 4 UUID drawn from the game's own stream, so that the same seed gives the same ids.
    private static UUID randomUuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
