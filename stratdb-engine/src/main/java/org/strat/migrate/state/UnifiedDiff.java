package org.strat.migrate.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff of two texts, line by line, in the format of {@code diff -u} and {@code git diff}: what an edited
 * revision file changed since the database applied it.
 *
 * <p>The lines are matched by a longest common subsequence after the common first and last lines are set aside,
 * which keeps the table small for the usual edit of a few lines in a revision file. When what is left is still too
 * large to compare cheaply, the whole middle is shown as removed and added: correct, only less minimal. Written
 * here rather than taken from a library: no diff library is among the project's available dependencies, and this is
 * all of the diff the tool needs. Stateless and thread-safe.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    /** Above this many cells (lines x lines) the middle is not aligned; about 16 MB of int table. */
    private static final long MAX_CELLS = 4_000_000;

    private enum Kind { SAME, REMOVED, ADDED }

    private record Edit(Kind kind, String line, int oldIndex, int newIndex) {
    }

    private UnifiedDiff() {
    }

    /** The diff from {@code before} to {@code after}, headed by the two labels; empty when the texts are equal. */
    static String of(String beforeLabel, String afterLabel, String before, String after) {
        List<Edit> edits = edits(lines(before), lines(after));
        if (edits.stream().allMatch(edit -> edit.kind() == Kind.SAME)) {
            return "";
        }
        StringBuilder diff = new StringBuilder();
        diff.append("--- ").append(beforeLabel).append('\n').append("+++ ").append(afterLabel).append('\n');
        int start = 0;
        while ((start = nextChange(edits, start)) >= 0) {
            int from = Math.max(0, start - CONTEXT);
            int to = hunkEnd(edits, start);
            appendHunk(diff, edits.subList(from, to));
            start = to;
        }
        return diff.toString();
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1); // the newline ends the last line; it does not start an empty one
        }
        return lines;
    }

    private static List<Edit> edits(List<String> before, List<String> after) {
        int prefix = 0;
        while (prefix < before.size() && prefix < after.size() && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.size() - prefix && suffix < after.size() - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            edits.add(new Edit(Kind.SAME, before.get(i), i, i));
        }
        middle(before.subList(prefix, before.size() - suffix), after.subList(prefix, after.size() - suffix), prefix, edits);
        for (int i = suffix; i > 0; i--) {
            edits.add(new Edit(Kind.SAME, before.get(before.size() - i), before.size() - i, after.size() - i));
        }
        return edits;
    }

    /** Aligns the middle parts by their longest common subsequence; {@code offset} is where both start. */
    private static void middle(List<String> before, List<String> after, int offset, List<Edit> edits) {
        int n = before.size();
        int m = after.size();
        if ((long) n * m > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                edits.add(new Edit(Kind.REMOVED, before.get(i), offset + i, -1));
            }
            for (int j = 0; j < m; j++) {
                edits.add(new Edit(Kind.ADDED, after.get(j), -1, offset + j));
            }
            return;
        }
        // common[i][j]: length of the longest common subsequence of before[i..] and after[j..]
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                edits.add(new Edit(Kind.SAME, before.get(i), offset + i++, offset + j++));
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                // Removed lines before added ones where either order fits, as diff -u and git diff write them.
                edits.add(new Edit(Kind.REMOVED, before.get(i), offset + i++, -1));
            } else {
                edits.add(new Edit(Kind.ADDED, after.get(j), -1, offset + j++));
            }
        }
    }

    private static int nextChange(List<Edit> edits, int from) {
        for (int i = from; i < edits.size(); i++) {
            if (edits.get(i).kind() != Kind.SAME) {
                return i;
            }
        }
        return -1;
    }

    /** Where a hunk that starts changing at {@code start} ends: after the context of a change that none follows closely. */
    private static int hunkEnd(List<Edit> edits, int start) {
        int lastChange = start;
        for (int i = start; i < edits.size(); i++) {
            if (edits.get(i).kind() != Kind.SAME) {
                lastChange = i;
            } else if (i - lastChange > 2 * CONTEXT) {
                break;
            }
        }
        return Math.min(edits.size(), lastChange + 1 + CONTEXT);
    }

    private static void appendHunk(StringBuilder diff, List<Edit> hunk) {
        int oldCount = (int) hunk.stream().filter(edit -> edit.kind() != Kind.ADDED).count();
        int newCount = (int) hunk.stream().filter(edit -> edit.kind() != Kind.REMOVED).count();
        diff.append("@@ -").append(range(firstLine(hunk, true), oldCount))
                .append(" +").append(range(firstLine(hunk, false), newCount)).append(" @@\n");
        for (Edit edit : hunk) {
            diff.append(switch (edit.kind()) {
                case SAME -> ' ';
                case REMOVED -> '-';
                case ADDED -> '+';
            }).append(edit.line()).append('\n');
        }
    }

    /**
     * The 1-based line a hunk starts at on one side. A side with no line in the hunk can only be an empty side of a
     * hunk with no context, which starts the file: diff -u writes it as line 0 ("-0,0").
     */
    private static int firstLine(List<Edit> hunk, boolean oldSide) {
        for (Edit edit : hunk) {
            int index = oldSide ? edit.oldIndex() : edit.newIndex();
            if (index >= 0) {
                return index + 1;
            }
        }
        return 0;
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }
}
