package org.strat.stats.sample;

/**
 * One plays row of a simulated game, with the roll that decided it. Lineup references are indexes into the
 * game's lineup list; {@link SimulatedGame#NONE} stands for NULL.
 *
 * <p>A plain mutable holder: the simulator fills it in the order it learns things (the situation, the roll, the
 * runners' fates, the counts) and the row writer reads it once.
 */
final class PlayRecord {

    int number;
    int inning;
    boolean top;
    int outsBefore;
    int outsAfter;
    int battingOrder;
    int awayScore;
    int homeScore;
    int onBaseCode;
    int batter = SimulatedGame.NONE;
    int pitcher = SimulatedGame.NONE;
    int catcher = SimulatedGame.NONE;
    int defender = SimulatedGame.NONE;
    int runner = SimulatedGame.NONE;
    int onFirst = SimulatedGame.NONE;
    int onSecond = SimulatedGame.NONE;
    int onThird = SimulatedGame.NONE;
    int onFirstFinal = SimulatedGame.NONE;
    int onSecondFinal = SimulatedGame.NONE;
    int onThirdFinal = SimulatedGame.NONE;
    int batterFinal = SimulatedGame.NONE;
    Outcome outcome;
    String hitLocation;
    int pa;
    int ab;
    int hit;
    int run;
    int earnedRuns;
    int rbi;
    int doubles;
    int triples;
    int homerun;
    int bb;
    int so;
    int hbp;
    int sac;
    int ibb;
    int gidp;
    int sb;
    int cs;
    int outsRecorded;
    int wildPitch;
    int balk;
    int error;
    boolean goAhead;
    boolean tied;

    String rollType;
    String rollData;
    int rollTeamId;
    int rollPersonLineup = SimulatedGame.NONE;
}
