package org.strat.stats.sample;

/** The batting counts a plate appearance adds, by result, kept in line with ab = pa - bb - hbp - sac - ibb. */
final class PlateAppearanceCounts {

    private PlateAppearanceCounts() {
    }

    static void apply(PlayRecord play, Outcome outcome) {
        play.pa = 1;
        switch (outcome) {
            case SINGLE, DOUBLE, TRIPLE, HOMERUN -> {
                play.hit = 1;
                play.doubles = outcome == Outcome.DOUBLE ? 1 : 0;
                play.triples = outcome == Outcome.TRIPLE ? 1 : 0;
                play.homerun = outcome == Outcome.HOMERUN ? 1 : 0;
            }
            case WALK -> play.bb = 1;
            case INTENTIONAL_WALK -> play.ibb = 1;
            case HIT_BY_PITCH -> play.hbp = 1;
            case STRIKEOUT -> play.so = 1;
            case SAC_FLY, SAC_BUNT -> play.sac = 1;
            case DOUBLE_PLAY -> play.gidp = 1;
            default -> {
                // Outs in play, fielder's choices and errors are at bats with nothing else to count.
            }
        }
        play.ab = play.pa - play.bb - play.hbp - play.sac - play.ibb;
    }

    /** A game-ending hit is worth only the bases the batter reached (1 single, 2 double, 3 triple). */
    static void creditBases(PlayRecord play, int batterBase) {
        if (play.hit == 0 || play.homerun == 1) {
            return;
        }
        play.doubles = batterBase == 2 ? 1 : 0;
        play.triples = batterBase == 3 ? 1 : 0;
        play.outcome = switch (batterBase) {
            case 2 -> Outcome.DOUBLE;
            case 3 -> Outcome.TRIPLE;
            default -> Outcome.SINGLE;
        };
    }
}
