package org.strat.stats.sample;

import java.util.SplittableRandom;

/**
 * How runners move on each kind of plate appearance, with the chances a scorer would recognise (a runner on
 * second scores on a single six times in ten; a ground ball with a runner on first and fewer than two outs is a
 * double play more often than not). Pure rules: the caller applies the third-out and walk-off rules after.
 */
final class Advancement {

    private Advancement() {
    }

    /**
     * Moves everyone in {@code play} for the rolled result and returns the result as scored (a fly ball that
     * scores a runner is a sacrifice fly).
     */
    static Outcome resolve(Outcome rolled, Movement play, int outsBefore, SplittableRandom random) {
        return switch (rolled) {
            case SINGLE -> single(play, random);
            case DOUBLE -> double_(play, random);
            case TRIPLE, HOMERUN -> extraBases(play, rolled);
            case WALK, INTENTIONAL_WALK, HIT_BY_PITCH -> {
                play.forceAdvance();
                // An intentional walk with first base taken would put two men on first: it is a plain walk then.
                yield rolled == Outcome.INTENTIONAL_WALK && play.on(1) ? Outcome.WALK : rolled;
            }
            case ERROR -> reachedOnError(play, random);
            case GROUNDOUT -> groundBall(play, outsBefore, random);
            case FLYOUT -> flyBall(play, outsBefore, random);
            case SAC_BUNT -> {
                play.to[0] = Movement.OUT;
                advanceIfThere(play, 2, 3);
                advanceIfThere(play, 1, 2);
                yield Outcome.SAC_BUNT;
            }
            default -> {
                play.to[0] = Movement.OUT;
                yield rolled;
            }
        };
    }

    private static Outcome single(Movement play, SplittableRandom random) {
        play.to[0] = 1;
        advanceIfThere(play, 3, Movement.SCORED);
        boolean secondScores = random.nextInt(100) < 60;
        advanceIfThere(play, 2, secondScores ? Movement.SCORED : 3);
        boolean thirdFree = !play.on(2) || secondScores;
        advanceIfThere(play, 1, thirdFree && random.nextInt(100) < 30 ? 3 : 2);
        return Outcome.SINGLE;
    }

    private static Outcome double_(Movement play, SplittableRandom random) {
        play.to[0] = 2;
        advanceIfThere(play, 3, Movement.SCORED);
        advanceIfThere(play, 2, Movement.SCORED);
        advanceIfThere(play, 1, random.nextInt(100) < 40 ? Movement.SCORED : 3);
        return Outcome.DOUBLE;
    }

    private static Outcome extraBases(Movement play, Outcome rolled) {
        play.to[0] = rolled == Outcome.HOMERUN ? Movement.SCORED : 3;
        for (int base = 1; base <= 3; base++) {
            advanceIfThere(play, base, Movement.SCORED);
        }
        return rolled;
    }

    private static Outcome reachedOnError(Movement play, SplittableRandom random) {
        play.to[0] = 1;
        advanceIfThere(play, 3, Movement.SCORED);
        boolean secondScores = random.nextInt(100) < 50;
        advanceIfThere(play, 2, secondScores ? Movement.SCORED : 3);
        advanceIfThere(play, 1, (!play.on(2) || secondScores) && random.nextInt(100) < 30 ? 3 : 2);
        return Outcome.ERROR;
    }

    private static Outcome groundBall(Movement play, int outsBefore, SplittableRandom random) {
        play.to[0] = Movement.OUT;
        if (outsBefore == 2) {
            return Outcome.GROUNDOUT;
        }
        if (play.on(1)) {
            int roll = random.nextInt(100);
            if (roll < 55) {
                return doublePlay(play, random);
            }
            if (roll < 80) {
                return fieldersChoice(play, random);
            }
        }
        // The batter is out at first: a runner on first is forced to second, and so on up the bases; the others
        // take a base half the time.
        boolean forced = play.on(1);
        boolean thirdScores = play.on(3) && ((forced && play.on(2)) || random.nextInt(100) < 50);
        advanceIfThere(play, 3, thirdScores ? Movement.SCORED : 3);
        boolean thirdFree = !play.on(3) || thirdScores;
        advanceIfThere(play, 2, thirdFree && (forced || random.nextInt(100) < 50) ? 3 : 2);
        advanceIfThere(play, 1, 2);
        return Outcome.GROUNDOUT;
    }

    private static Outcome doublePlay(Movement play, SplittableRandom random) {
        play.to[1] = Movement.OUT;
        boolean thirdScores = play.on(3) && random.nextInt(100) < 70;
        advanceIfThere(play, 3, thirdScores ? Movement.SCORED : 3);
        advanceIfThere(play, 2, !play.on(3) || thirdScores ? 3 : 2);
        return Outcome.DOUBLE_PLAY;
    }

    private static Outcome fieldersChoice(Movement play, SplittableRandom random) {
        play.to[0] = 1;
        play.to[1] = Movement.OUT;
        // With the bases loaded every runner is forced; otherwise a runner on third tries to score half the time.
        boolean thirdScores = play.on(3) && (play.on(2) || random.nextInt(100) < 50);
        advanceIfThere(play, 3, thirdScores ? Movement.SCORED : 3);
        advanceIfThere(play, 2, 3);
        return Outcome.FIELDERS_CHOICE;
    }

    private static Outcome flyBall(Movement play, int outsBefore, SplittableRandom random) {
        play.to[0] = Movement.OUT;
        if (outsBefore == 2) {
            return Outcome.FLYOUT;
        }
        boolean thirdScores = play.on(3) && random.nextInt(100) < 60;
        advanceIfThere(play, 3, thirdScores ? Movement.SCORED : 3);
        if (play.on(2) && (!play.on(3) || thirdScores) && random.nextInt(100) < 25) {
            play.to[2] = 3;
        }
        return thirdScores ? Outcome.SAC_FLY : Outcome.FLYOUT;
    }

    private static void advanceIfThere(Movement play, int base, int to) {
        if (play.on(base)) {
            play.to[base] = to;
        }
    }
}
