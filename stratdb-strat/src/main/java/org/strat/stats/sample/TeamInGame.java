package org.strat.stats.sample;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One team's lineup card during a simulated game: who bats in each slot, who plays each position, who pitches,
 * and who is left on the bench and in the bullpen.
 *
 * <p>A substitution never rewrites an entry: it adds one that names the entry it replaced, and closes the old
 * one, as the lineups table expects. A man who has left the game never returns.
 */
final class TeamInGame {

    static final String[] POSITION_CODES = {"DH", "P", "C", "1B", "2B", "3B", "SS", "LF", "CF", "RF"};

    final int teamId;
    private final List<LineupRecord> lineups;
    private final int[] slots = new int[9];
    /** The lineup index of the fielder at each scorebook position, 1 (pitcher) to 9 (right field). */
    private final int[] fielders = new int[10];
    private final Deque<Integer> bench = new ArrayDeque<>();
    private final Deque<Integer> bullpen = new ArrayDeque<>();
    private int nextSlot;
    private int pitcherOuts;
    private int pitcherRuns;
    private int outsLimit;
    private int runsLimit;

    TeamInGame(TeamRoster roster, int startingPitcher, List<LineupRecord> lineups, SplittableRandom random) {
        this.teamId = roster.teamId();
        this.lineups = lineups;
        int restingRegular = random.nextInt(100) < 15 ? random.nextInt(TeamRoster.REGULARS) : -1;
        int dayOffStarter = 9 + random.nextInt(4);
        for (int slot = 0; slot < 9; slot++) {
            int regular = TeamRoster.BATTING_ORDER[slot];
            int hitter = regular == restingRegular ? dayOffStarter : regular;
            int position = TeamRoster.REGULAR_POSITIONS[regular];
            slots[slot] = add(new LineupRecord(teamId, roster.hitters()[hitter], POSITION_CODES[position], slot + 1,
                    true, SimulatedGame.NONE, SimulatedGame.NONE));
            fielders[position] = slots[slot];
        }
        for (int hitter = 9; hitter < 13; hitter++) {
            if (hitter != dayOffStarter || restingRegular < 0) {
                bench.add(roster.hitters()[hitter]);
            }
        }
        if (restingRegular >= 0) {
            bench.add(roster.hitters()[restingRegular]);
        }
        fielders[1] = add(new LineupRecord(teamId, roster.starters()[startingPitcher], "P", SimulatedGame.NONE, true,
                SimulatedGame.NONE, SimulatedGame.NONE));
        int[] relievers = roster.relievers().clone();
        shuffle(relievers, random);
        for (int reliever : relievers) {
            bullpen.add(reliever);
        }
        outsLimit = 15 + random.nextInt(10);
        runsLimit = 4 + random.nextInt(4);
    }

    int batterUp() {
        return slots[nextSlot];
    }

    int battingOrderUp() {
        return nextSlot + 1;
    }

    void nextBatter() {
        nextSlot = (nextSlot + 1) % 9;
    }

    int pitcher() {
        return fielders[1];
    }

    int catcher() {
        return fielders[2];
    }

    int fielderAt(int position) {
        return fielders[position];
    }

    void charge(int outs, int runs) {
        pitcherOuts += outs;
        pitcherRuns += runs;
    }

    /** Whether the pitcher has gone as deep, or given up as many runs, as his manager allows (between innings). */
    boolean pitcherIsDone() {
        return !bullpen.isEmpty() && (pitcherOuts >= outsLimit || pitcherRuns >= runsLimit);
    }

    /** Whether the pitcher has given up enough runs to be pulled in the middle of an inning. */
    boolean pitcherIsHitHard() {
        return !bullpen.isEmpty() && pitcherRuns >= runsLimit + 1;
    }

    void changePitcher(int playNumber, SplittableRandom random) {
        replace(pitcher(), bullpen.poll(), "P", playNumber);
        pitcherOuts = 0;
        pitcherRuns = 0;
        outsLimit = 3 + random.nextInt(5);
        runsLimit = 2 + random.nextInt(3);
    }

    boolean hasBench() {
        return !bench.isEmpty();
    }

    /** A bench player bats for the man due up; he takes over that man's position in the field too. */
    int pinchHit(int playNumber) {
        return replace(batterUp(), bench.poll(), "PH", playNumber);
    }

    /** A bench player runs for a man on base, taking his slot and his position. */
    int pinchRun(int runner, int playNumber) {
        return replace(runner, bench.poll(), "PR", playNumber);
    }

    /** A bench player takes over a position in the field (and the slot of the man he replaced). */
    void replaceFielder(int position, int playNumber) {
        replace(fielders[position], bench.poll(), POSITION_CODES[position], playNumber);
    }

    private int replace(int old, int person, String position, int playNumber) {
        LineupRecord leaving = lineups.get(old);
        leaving.active = false;
        leaving.exitedAt = playNumber;
        int entry = add(new LineupRecord(teamId, person, position, leaving.battingOrder, false, old, playNumber));
        for (int slot = 0; slot < 9; slot++) {
            if (slots[slot] == old) {
                slots[slot] = entry;
            }
        }
        for (int field = 1; field < fielders.length; field++) {
            if (fielders[field] == old) {
                fielders[field] = entry;
            }
        }
        return entry;
    }

    private int add(LineupRecord entry) {
        lineups.add(entry);
        return lineups.size() - 1;
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
