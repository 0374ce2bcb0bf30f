package org.strat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.testing.StratDbProcess;
import org.strat.testing.TestRevisions;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line teaches about itself: help with examples and exit codes, options where they apply. */
class HelpAndUsageTest {

    private static final Pattern EXIT_CODE_LINE = Pattern.compile("(?m)^  (\\d)   (.+)$");

    @TempDir
    Path workingDirectory;

    /** Every command and subcommand, as the words that name it: ["upgrade"], ["stats", "refresh"], ... */
    static List<List<String>> everyCommand() {
        CommandLine root = Main.commandLine(new String[]{"help"}, Map.of(), Path.of("."), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), false);
        List<List<String>> commands = new ArrayList<>();
        collect(root, List.of(), commands);
        return commands;
    }

    private static void collect(CommandLine command, List<String> words, List<List<String>> into) {
        command.getSubcommands().forEach((name, sub) -> {
            List<String> path = new ArrayList<>(words);
            path.add(name);
            if (!name.equals("help")) {
                into.add(path);
            }
            collect(sub, path, into);
        });
    }

    private CliRun run(String... args) {
        return CliRun.of(Map.of(), workingDirectory, args);
    }

    private CliRun help(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyHelpListsItsExitCodesFromTheOneMapping(List<String> command) {
        CliRun help = help(command);

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Exit codes:");
        Matcher codes = EXIT_CODE_LINE.matcher(help.out().substring(help.out().indexOf("Exit codes:")));
        List<Integer> listed = new ArrayList<>();
        while (codes.find()) {
            listed.add(Integer.parseInt(codes.group(1)));
        }
        // Success, a bad command line and an internal error are always possible; nothing outside the mapping is listed.
        assertThat(listed).contains(ExitCodes.OK, ExitCodes.USAGE, ExitCodes.INTERNAL).isSorted();
        List<Integer> known = new ArrayList<>(List.of(ExitCodes.OK, ExitCodes.NOT_AT_HEAD));
        Arrays.stream(ErrorCategory.values()).map(ExitCodes::of).forEach(known::add);
        assertThat(known).containsAll(listed);
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandThatDoesSomethingHasOneToThreeExamples(List<String> command) {
        CliRun help = help(command);
        if (command.equals(List.of("stats")) || command.equals(List.of("db"))) {
            assertThat(help.out()).contains("Commands:");
            return;
        }
        assertThat(help.out()).contains("Examples:");
        String examples = help.out().substring(help.out().indexOf("Examples:"), help.out().indexOf("Exit codes:"));
        long count = examples.lines().filter(line -> line.startsWith("  stratdb ") || line.startsWith("  source ")
                || line.startsWith("  psql ")).count();
        assertThat(count).as(examples).isBetween(1L, 3L);
    }

    @Test
    void exitCodesFollowWhatEachCommandCanDo() {
        assertThat(help(List.of("upgrade")).out()).contains("6   Timed out waiting for another migration's lock")
                .contains("5   Cannot reach").doesNotContain("1   ");
        assertThat(help(List.of("heads")).out()).doesNotContain("5   Cannot reach").doesNotContain("6   Timed out");
        assertThat(help(List.of("check")).out()).contains("1   The models and the database differ");
        assertThat(help(List.of("current")).out()).contains("1   With --check: the database is not at head.");
        assertThat(run("--help").out()).contains("1   Not at head").contains("6   Timed out");
    }

    @Test
    void optionsAppearOnlyOnTheCommandsTheyAffect() {
        for (String readOnly : List.of("heads", "lint", "history", "revision", "current", "check", "plan", "merge")) {
            assertThat(help(List.of(readOnly)).out()).as(readOnly).doesNotContain("--lock-wait")
                    .doesNotContain("--lock-timeout").doesNotContain("--statement-timeout");
        }
        for (String offline : List.of("heads", "lint", "merge")) {
            assertThat(help(List.of(offline)).out()).as(offline).doesNotContain("--url").doesNotContain("--quiet")
                    .contains("--revisions-dir");
        }
        for (String writer : List.of("upgrade", "downgrade", "redo", "stamp", "adopt", "accept-edit")) {
            assertThat(help(List.of(writer)).out()).as(writer).contains("--lock-wait").contains("--lock-timeout")
                    .contains("--statement-timeout").contains("--url").contains("--revisions-dir");
        }
        for (String noRevisions : List.of("sample-data", "schema-dump")) {
            assertThat(help(List.of(noRevisions)).out()).as(noRevisions).contains("--url").doesNotContain("--revisions-dir");
        }
        assertThat(help(List.of("db", "start")).out()).doesNotContain("--url");
        // The top level lists no option of a command; its footer only says where they went.
        assertThat(run("--help").out()).doesNotContain("--lock-wait=").doesNotContain("--url=");
    }

    @Test
    void anOptionGivenToACommandThatDoesNotUseItIsRefusedButTheEarlierPlacementStillWorks() {
        String revisions = "--revisions-dir=" + TestRevisions.directory("linear");

        CliRun after = run("heads", "--lock-wait", "5", revisions);
        CliRun before = run("--lock-wait", "5", "heads", revisions);

        assertThat(after.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(after.err()).startsWith("Error: Unknown options: '--lock-wait', '5'.")
                .contains("--lock-wait is not an option of stratdb heads, which does not use it.")
                .contains("Run \"stratdb heads --help\" for usage.");
        assertThat(before.exitCode()).as(before.everything()).isZero();
        assertThat(before.out()).contains("003 (head)");
    }

    @Test
    void helpNamesACommandOrListsThemAll() {
        CliRun all = run("help");
        CliRun upgrade = run("help", "upgrade");
        CliRun unknown = run("help", "upgrad");

        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).startsWith("Usage: stratdb").contains("upgrade").contains("completion");
        assertThat(all.err()).isEmpty();
        assertThat(upgrade.exitCode()).isZero();
        assertThat(upgrade.out()).isEqualTo(run("upgrade", "--help").out());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.errLines()).hasSize(1);
    }

    @Test
    void bareStratdbPrintsTheUsageOnStandardErrorAndExits2() {
        StratDbProcess bare = StratDbProcess.start(workingDirectory);

        assertThat(bare.waitFor(60)).isEqualTo(ExitCodes.USAGE);
        assertThat(bare.out()).isEmpty();
        assertThat(bare.fullErr()).startsWith("Usage: stratdb").contains("Commands (").contains("Exit codes:");
    }

    @Test
    void aGroupWithoutItsSubcommandIsAUsageErrorToo() {
        CliRun stats = run("stats");

        assertThat(stats.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(stats.out()).isEmpty();
        assertThat(stats.err()).startsWith("Usage: stratdb stats");
    }

    @Test
    void theCompletionScriptCompletesCommandsOptionsAndValuesInBash() throws Exception {
        StratDbProcess completion = StratDbProcess.start(workingDirectory, "completion");
        assertThat(completion.waitFor(60)).as(completion.err()).isZero();
        Path script = workingDirectory.resolve("stratdb-completion.bash");
        Files.writeString(script, completion.out());

        assertThat(complete(script, "stratdb upg")).isEqualTo("upgrade");
        assertThat(complete(script, "stratdb upgrade --lock-w")).isEqualTo("--lock-wait");
        assertThat(complete(script, "stratdb heads --lock-w")).isEmpty();
        assertThat(complete(script, "stratdb sample-data --league ")).isEqualTo("sba pd");
        assertThat(complete(script, "stratdb stats re")).isEqualTo("refresh");
    }

    /** What bash's completion function offers for the line typed so far, as "source <(stratdb completion)" sets it up. */
    private static String complete(Path script, String line) throws Exception {
        String words = line.endsWith(" ") ? line + "''" : line;
        String bash = "source '" + script + "'; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(" + words
                + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _complete_stratdb 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process process = new ProcessBuilder("bash", "-c", bash).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}
