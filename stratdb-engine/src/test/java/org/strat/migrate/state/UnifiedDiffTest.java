package org.strat.migrate.state;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected outputs are what GNU diff -u prints for the same two files (its two header lines aside). */
class UnifiedDiffTest {

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String diff(String before, String after) {
        return UnifiedDiff.of("a", "b", before, after);
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(diff(lines("x", "y"), lines("x", "y"))).isEmpty();
        assertThat(diff("", "")).isEmpty();
    }

    @Test
    void aChangedLineIsRemovedThenAddedWithThreeLinesOfContextAndFarChangesGetHunksOfTheirOwn() {
        String before = lines("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m");
        String after = lines("a", "b", "c", "D", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n");

        assertThat(diff(before, after)).isEqualTo(lines("--- a", "+++ b",
                "@@ -1,7 +1,7 @@", " a", " b", " c", "-d", "+D", " e", " f", " g",
                "@@ -11,3 +11,4 @@", " k", " l", " m", "+n"));
    }

    @Test
    void changesCloseTogetherShareOneHunk() {
        String before = lines("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        String after = lines("1", "two", "3", "4", "5", "6", "7", "8", "nine", "10");

        assertThat(diff(before, after)).isEqualTo(lines("--- a", "+++ b",
                "@@ -1,10 +1,10 @@", " 1", "-2", "+two", " 3", " 4", " 5", " 6", " 7", " 8", "-9", "+nine", " 10"));
    }

    @Test
    void anInsertedLineIsAlignedByTheLongestCommonSubsequence() {
        String before = lines("a", "b", "c", "d", "e", "f", "g", "h");
        String after = lines("a", "b", "X", "c", "d", "e", "f", "g");

        assertThat(diff(before, after)).isEqualTo(lines("--- a", "+++ b",
                "@@ -1,8 +1,8 @@", " a", " b", "+X", " c", " d", " e", " f", " g", "-h"));
    }

    @Test
    void anEmptySideStartsAtLineZero() {
        assertThat(diff("", lines("x", "y"))).isEqualTo(lines("--- a", "+++ b", "@@ -0,0 +1,2 @@", "+x", "+y"));
        assertThat(diff(lines("x", "y"), "")).isEqualTo(lines("--- a", "+++ b", "@@ -1,2 +0,0 @@", "-x", "-y"));
    }

    @Test
    void aOneLineRangeIsWrittenWithoutItsCount() {
        assertThat(diff(lines("x"), lines("y"))).isEqualTo(lines("--- a", "+++ b", "@@ -1 +1 @@", "-x", "+y"));
    }

    @Test
    void anUpgradeSectionWrittenIntoAnEmptyRevisionShowsAsAdded() {
        String before = lines("-- revision: 002", "-- down_revision: 001", "", "-- upgrade", "", "-- downgrade", "");
        String after = lines("-- revision: 002", "-- down_revision: 001", "", "-- upgrade", "", "CREATE TABLE parks (id int);",
                "", "-- downgrade", "", "DROP TABLE parks;");

        assertThat(diff(before, after)).isEqualTo(lines("--- a", "+++ b",
                "@@ -3,5 +3,8 @@", " ", " -- upgrade", " ", "+CREATE TABLE parks (id int);", "+", " -- downgrade", " ",
                "+DROP TABLE parks;"));
    }

    @Test
    void textsTooLargeToAlignAreShownAsTheirWholeMiddleRemovedAndAdded() {
        String before = IntStream.range(0, 2500).mapToObj(i -> "old " + i).collect(Collectors.joining("\n", "same\n", "\nend\n"));
        String after = IntStream.range(0, 2500).mapToObj(i -> "new " + i).collect(Collectors.joining("\n", "same\n", "\nend\n"));

        String diff = diff(before, after);

        assertThat(diff).startsWith(lines("--- a", "+++ b", "@@ -1,2502 +1,2502 @@", " same", "-old 0"))
                .endsWith(lines("+new 2499", " end"));
        assertThat(diff.lines().filter(line -> line.startsWith("-old"))).hasSize(2500);
    }
}
