package org.strat.stats.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays one simulated game, half-inning by half-inning and play by play, into {@link PlayRecord}s.
 *
 * <p>Each play starts from the base-out state the previous one left; the third out ends a half with no run
 * scoring on that play; the game ends after nine innings unless tied, the bottom of the ninth is skipped when the
 * home team leads, and a home team taking the lead in the bottom of the ninth or later ends it at once
 * (a walk-off). Earned runs follow a simplified scorer's rule: a run is unearned when its runner reached on an
 * error, when it scores on an error, or when the half would already have been over without the errors. One
 * instance per game; not thread-safe.
 */
final class GameRun {

    private static final int[] GROUND_BALL_FIELDERS = {3, 4, 5, 6};
    private static final int[] BUNT_FIELDERS = {1, 2, 3, 5};
    private static final int[] OUTFIELDERS = {7, 8, 9};
    /** Where a late defensive replacement goes: the corners and the outfield, not the battery or middle infield. */
    private static final int[] REPLACEMENT_POSITIONS = {3, 5, 7, 8, 9};

    private final SplittableRandom random;
    private final TeamInGame away;
    private final TeamInGame home;
    private final List<PlayRecord> plays = new ArrayList<>(96);
    private int awayScore;
    private int homeScore;
    private int inning = 1;
    private boolean top = true;
    private boolean walkOff;

    // The base-out state of the current half: who is on each base (1-3), and whether his run would be earned.
    private final int[] bases = new int[4];
    private final boolean[] earned = new boolean[4];
    private int outs;
    private int potentialOuts;

    GameRun(SplittableRandom random, TeamInGame away, TeamInGame home) {
        this.random = random;
        this.away = away;
        this.home = home;
    }

    void play() {
        while (true) {
            playHalf(top ? away : home, top ? home : away);
            if (top) {
                if (inning >= 9 && homeScore > awayScore) {
                    return;
                }
                top = false;
            } else {
                if (walkOff || (inning >= 9 && homeScore != awayScore)) {
                    return;
                }
                inning++;
                top = true;
            }
        }
    }

    List<PlayRecord> plays() {
        return plays;
    }

    int inning() {
        return inning;
    }

    boolean endedInTop() {
        return top;
    }

    int awayScore() {
        return awayScore;
    }

    int homeScore() {
        return homeScore;
    }

    private void playHalf(TeamInGame batting, TeamInGame fielding) {
        Arrays.fill(bases, SimulatedGame.NONE);
        outs = 0;
        potentialOuts = 0;
        defensiveMoves(fielding);
        while (outs < 3 && !walkOff) {
            offensiveMoves(batting);
            if (!baserunningEvent(batting, fielding)) {
                plateAppearance(batting, fielding);
                if (outs < 3 && !walkOff && fielding.pitcherIsHitHard()) {
                    fielding.changePitcher(nextPlayNumber(), random);
                }
            }
        }
    }

    private void defensiveMoves(TeamInGame fielding) {
        if (fielding.pitcherIsDone()) {
            fielding.changePitcher(nextPlayNumber(), random);
        }
        boolean fieldingAhead = top ? homeScore > awayScore : awayScore > homeScore;
        if (inning >= 7 && fieldingAhead && fielding.hasBench() && random.nextInt(100) < 12) {
            fielding.replaceFielder(pick(REPLACEMENT_POSITIONS), nextPlayNumber());
        }
    }

    private void offensiveMoves(TeamInGame batting) {
        if (inning < 6 || !batting.hasBench()) {
            return;
        }
        int leadRunnerBase = bases[2] != SimulatedGame.NONE ? 2 : bases[1] != SimulatedGame.NONE ? 1 : 0;
        if (inning >= 7 && leadRunnerBase > 0 && random.nextInt(100) < 4) {
            bases[leadRunnerBase] = batting.pinchRun(bases[leadRunnerBase], nextPlayNumber());
        }
        if (batting.hasBench() && random.nextInt(100) < 4) {
            batting.pinchHit(nextPlayNumber());
        }
    }

    /** Before a pitch: a steal attempt, a wild pitch or a balk, each a play of its own with no plate appearance. */
    private boolean baserunningEvent(TeamInGame batting, TeamInGame fielding) {
        if (bases[1] == SimulatedGame.NONE && bases[2] == SimulatedGame.NONE && bases[3] == SimulatedGame.NONE) {
            return false;
        }
        int roll = random.nextInt(1000);
        if (roll < 55 && bases[1] != SimulatedGame.NONE && bases[2] == SimulatedGame.NONE) {
            steal(1, batting, fielding);
        } else if (roll >= 55 && roll < 70 && bases[2] != SimulatedGame.NONE && bases[3] == SimulatedGame.NONE) {
            steal(2, batting, fielding);
        } else if (roll >= 70 && roll < 78) {
            everyRunnerAdvances(Outcome.WILD_PITCH, batting, fielding);
        } else if (roll >= 78 && roll < 80) {
            everyRunnerAdvances(Outcome.BALK, batting, fielding);
        } else {
            return false;
        }
        return true;
    }

    private void steal(int from, TeamInGame batting, TeamInGame fielding) {
        Movement movement = new Movement(SimulatedGame.NONE, bases);
        int split = 1 + random.nextInt(20);
        boolean safe = split <= 14;
        movement.to[from] = safe ? from + 1 : Movement.OUT;
        PlayRecord play = startPlay(batting, fielding);
        play.outcome = safe ? Outcome.STOLEN_BASE : Outcome.CAUGHT_STEALING;
        play.runner = bases[from];
        play.sb = safe ? 1 : 0;
        play.cs = safe ? 0 : 1;
        roll(play, "jump", Dice.d20Json(split), batting.teamId, play.runner);
        finish(play, movement, fielding, false, false);
    }

    private void everyRunnerAdvances(Outcome outcome, TeamInGame batting, TeamInGame fielding) {
        Movement movement = new Movement(SimulatedGame.NONE, bases);
        movement.everyRunnerAdvances();
        PlayRecord play = startPlay(batting, fielding);
        play.outcome = outcome;
        play.wildPitch = outcome == Outcome.WILD_PITCH ? 1 : 0;
        play.balk = outcome == Outcome.BALK ? 1 : 0;
        roll(play, outcome == Outcome.WILD_PITCH ? "wild_pitch" : "d20", Dice.d20Json(1 + random.nextInt(20)),
                fielding.teamId, fielding.pitcher());
        finish(play, movement, fielding, false, false);
    }

    private void plateAppearance(TeamInGame batting, TeamInGame fielding) {
        Movement movement = new Movement(batting.batterUp(), bases);
        Dice dice = Dice.roll(random);
        Outcome rolled = buntSituation() && random.nextInt(100) < 30 ? Outcome.SAC_BUNT : Outcome.of(dice);
        Outcome outcome = Advancement.resolve(rolled, movement, outs, random);
        PlayRecord play = startPlay(batting, fielding);
        play.outcome = outcome;
        PlateAppearanceCounts.apply(play, outcome);
        locate(play, outcome, fielding);
        roll(play, "ab", dice.json(), batting.teamId, play.batter);
        boolean error = outcome == Outcome.ERROR;
        finish(play, movement, fielding, error, outcome != Outcome.DOUBLE_PLAY && !error);
        batting.nextBatter();
    }

    // Managers bunt a man over late in a close game with nobody out, never with a man on third.
    private boolean buntSituation() {
        return outs == 0 && inning >= 6 && Math.abs(awayScore - homeScore) <= 1 && bases[3] == SimulatedGame.NONE
                && (bases[1] != SimulatedGame.NONE || bases[2] != SimulatedGame.NONE);
    }

    private PlayRecord startPlay(TeamInGame batting, TeamInGame fielding) {
        PlayRecord play = new PlayRecord();
        play.number = nextPlayNumber();
        play.inning = inning;
        play.top = top;
        play.outsBefore = outs;
        play.battingOrder = batting.battingOrderUp();
        play.awayScore = awayScore;
        play.homeScore = homeScore;
        play.batter = batting.batterUp();
        play.pitcher = fielding.pitcher();
        play.catcher = fielding.catcher();
        play.onFirst = bases[1];
        play.onSecond = bases[2];
        play.onThird = bases[3];
        play.onBaseCode = (bases[1] != SimulatedGame.NONE ? 1 : 0) | (bases[2] != SimulatedGame.NONE ? 2 : 0)
                | (bases[3] != SimulatedGame.NONE ? 4 : 0);
        return play;
    }

    /** Applies the third-out and walk-off rules, scores the play, and moves the game to the state after it. */
    private void finish(PlayRecord play, Movement movement, TeamInGame fielding, boolean error, boolean creditsRbi) {
        int outsOnPlay = movement.outs();
        if (outs + outsOnPlay >= 3) {
            movement.endHalf();
        }
        int battingScore = top ? awayScore : homeScore;
        int fieldingScore = top ? homeScore : awayScore;
        boolean gameEnding = !top && inning >= 9 && battingScore <= fieldingScore
                && battingScore + movement.runs() > fieldingScore;
        if (gameEnding && play.outcome != Outcome.HOMERUN) {
            movement.keepOnlyWinningRuns(fieldingScore - battingScore + 1, play.outcome.isHit());
            PlateAppearanceCounts.creditBases(play, movement.to[0]);
        }
        int runs = movement.runs();
        play.run = runs;
        play.earnedRuns = earnedRuns(movement, error);
        play.rbi = creditsRbi ? runs : 0;
        play.outsRecorded = outsOnPlay;
        play.outsAfter = outs + outsOnPlay;
        recordFinalBases(play, movement);
        play.goAhead = battingScore <= fieldingScore && battingScore + runs > fieldingScore;
        play.tied = runs > 0 && battingScore + runs == fieldingScore;
        moveRunners(movement, error);
        outs += outsOnPlay;
        potentialOuts += outsOnPlay + (error ? 1 : 0);
        if (top) {
            awayScore += runs;
        } else {
            homeScore += runs;
        }
        fielding.charge(outsOnPlay, runs);
        walkOff = gameEnding;
        plays.add(play);
    }

    private static void recordFinalBases(PlayRecord play, Movement movement) {
        play.onFirstFinal = movement.on(1) ? movement.to[1] : SimulatedGame.NONE;
        play.onSecondFinal = movement.on(2) ? movement.to[2] : SimulatedGame.NONE;
        play.onThirdFinal = movement.on(3) ? movement.to[3] : SimulatedGame.NONE;
        play.batterFinal = movement.on(0) ? movement.to[0] : SimulatedGame.NONE;
    }

    private int earnedRuns(Movement movement, boolean error) {
        if (error || potentialOuts >= 3) {
            return 0;
        }
        int earnedRuns = 0;
        for (int slot = 0; slot <= 3; slot++) {
            if (movement.on(slot) && movement.to[slot] == Movement.SCORED && (slot == 0 || earned[slot])) {
                earnedRuns++;
            }
        }
        return earnedRuns;
    }

    private void moveRunners(Movement movement, boolean error) {
        int[] after = {SimulatedGame.NONE, SimulatedGame.NONE, SimulatedGame.NONE, SimulatedGame.NONE};
        boolean[] earnedAfter = new boolean[4];
        for (int slot = 0; slot <= 3; slot++) {
            int to = movement.to[slot];
            if (movement.on(slot) && to >= 1 && to <= 3) {
                after[to] = movement.man[slot];
                earnedAfter[to] = slot == 0 ? !error : earned[slot];
            }
        }
        System.arraycopy(after, 0, bases, 0, 4);
        System.arraycopy(earnedAfter, 0, earned, 0, 4);
    }

    private void locate(PlayRecord play, Outcome outcome, TeamInGame fielding) {
        int position = switch (outcome) {
            case GROUNDOUT, DOUBLE_PLAY, FIELDERS_CHOICE -> pick(GROUND_BALL_FIELDERS);
            case SAC_BUNT -> pick(BUNT_FIELDERS);
            case FLYOUT, SAC_FLY, DOUBLE, TRIPLE, HOMERUN -> pick(OUTFIELDERS);
            case LINEOUT, SINGLE, ERROR -> 3 + random.nextInt(7);
            case POPOUT -> 2 + random.nextInt(5);
            default -> 0;
        };
        if (position == 0) {
            return;
        }
        play.hitLocation = TeamInGame.POSITION_CODES[position];
        if (!outcome.isHit()) {
            play.defender = fielding.fielderAt(position);
        }
        if (outcome == Outcome.ERROR) {
            play.error = 1;
        }
    }

    private int pick(int[] positions) {
        return positions[random.nextInt(positions.length)];
    }

    private void roll(PlayRecord play, String type, String data, int teamId, int lineupIndex) {
        play.rollType = type;
        play.rollData = data;
        play.rollTeamId = teamId;
        play.rollPersonLineup = lineupIndex;
    }

    private int nextPlayNumber() {
        return plays.size() + 1;
    }
}
