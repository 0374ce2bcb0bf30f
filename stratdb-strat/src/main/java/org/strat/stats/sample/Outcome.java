package org.strat.stats.sample;

/**
 * What a play was, as stored in plays.outcome.
 *
 * <p>The plate-appearance results that a roll decides carry their share of the 4,320 rolls, chosen so that a
 * season looks like modern major-league baseball (a strikeout in 22.5 % of plate appearances, a walk in 8 %, a
 * home run in 3.1 %, about 4.5 runs per team and game). The others follow from the situation: a ground ball
 * with a runner on first becomes a double play or a fielder's choice, a fly ball that scores a runner a
 * sacrifice fly, and the baserunning events are checked before each plate appearance.
 */
enum Outcome {
    STRIKEOUT(972),
    WALK(346),
    INTENTIONAL_WALK(26),
    HIT_BY_PITCH(48),
    SINGLE(626),
    DOUBLE(194),
    TRIPLE(19),
    HOMERUN(134),
    ERROR(60),
    GROUNDOUT(907),
    FLYOUT(700),
    LINEOUT(150),
    POPOUT(138),
    DOUBLE_PLAY(0),
    FIELDERS_CHOICE(0),
    SAC_FLY(0),
    SAC_BUNT(0),
    STOLEN_BASE(0),
    CAUGHT_STEALING(0),
    WILD_PITCH(0),
    BALK(0);

    private static final Outcome[] BY_ROLL = new Outcome[Dice.COMBINATIONS];

    static {
        int next = 0;
        for (Outcome outcome : values()) {
            for (int i = 0; i < outcome.rolls; i++) {
                BY_ROLL[next++] = outcome;
            }
        }
        if (next != Dice.COMBINATIONS) {
            throw new ExceptionInInitializerError("Outcome shares add up to " + next + ", not " + Dice.COMBINATIONS);
        }
    }

    private final int rolls;

    Outcome(int rolls) {
        this.rolls = rolls;
    }

    static Outcome of(Dice dice) {
        return BY_ROLL[dice.index()];
    }

    boolean isHit() {
        return this == SINGLE || this == DOUBLE || this == TRIPLE || this == HOMERUN;
    }
}
