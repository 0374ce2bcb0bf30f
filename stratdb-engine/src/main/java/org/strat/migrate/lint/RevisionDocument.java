package org.strat.migrate.lint;

import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionFileParser;
import org.strat.migrate.sql.SqlLexer;
import org.strat.migrate.sql.SqlStatements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A revision file as the linter reads it: the upgrade statements with their line numbers, and the acknowledgements
 * that apply to each statement or to the whole file.
 *
 * <p>An acknowledgement in the comments above a statement (after the previous statement's line), or inside it,
 * applies to that statement; one on the line where a statement ends applies to that statement; one between the
 * header and {@code -- upgrade} applies to the whole file. Without the file's text (or when it is no longer the text the
 * file was parsed from) there are no line numbers and no file-wide acknowledgements: the
 * statements' own comments are all that is left.
 */
final class RevisionDocument {


    /** An acknowledgement that failed, where it is; {@code statementNumber} is 0 outside any statement. */
    record LocatedProblem(AckComment.Problem problem, int statementNumber, int line, String comment) {
    }

    private final RevisionFile file;
    private final Set<String> ruleIds;
    private final List<LintStatement> statements = new ArrayList<>();
    private final Map<Integer, List<AckComment.Ack>> statementAcks = new HashMap<>();
    private final List<AckComment.Ack> fileAcks = new ArrayList<>();
    private final List<AckComment.Ack> downgradeAcks = new ArrayList<>();
    private final List<LocatedProblem> problems = new ArrayList<>();
    private int firstLine;
    private int[] newlines;
    private int upgradeMarker;
    private int downgradeMarker;

    private RevisionDocument(RevisionFile file, Set<String> ruleIds) {
        this.file = file;
        this.ruleIds = ruleIds;
    }

    static RevisionDocument of(RevisionFile file, Optional<String> text, Set<String> ruleIds) {
        RevisionDocument document = new RevisionDocument(file, ruleIds);
        // The parsed text is what the checksum is of, so comparing with it says whether this text is still the file's.
        Optional<String> current = text.map(RevisionFileParser::normalise).filter(content -> content.equals(file.text()));
        if (current.isPresent()) {
            document.readFile(current.get().split("\n", -1));
        } else {
            // The separator starts on a new line so that a statement ending in a -- comment keeps its end.
            document.readSection(String.join("\n;\n", file.upgradeStatements()), 0);
        }
        return document;
    }

    RevisionFile file() {
        return file;
    }

    List<LintStatement> statements() {
        return List.copyOf(statements);
    }

    List<LocatedProblem> problems() {
        return List.copyOf(problems);
    }

    /** The reason given for accepting the rule's finding on this statement, or null when nothing accepts it. */
    String acknowledgement(LintStatement statement, String ruleId) {
        return Stream.concat(statementAcks.getOrDefault(statement.number(), List.of()).stream(), fileAcks.stream())
                .filter(ack -> ack.ruleId().equals(ruleId)).map(AckComment.Ack::reason).findFirst().orElse(null);
    }

    /**
     * The reason given for accepting a finding about a whole section (an empty one): an acknowledgement in that
     * section's comments (read for the downgrade section when it holds no statement), or one for the whole file.
     */
    String sectionAcknowledgement(String ruleId, boolean downgrade) {
        return Stream.concat(downgrade ? downgradeAcks.stream() : Stream.<AckComment.Ack>empty(), fileAcks.stream())
                .filter(ack -> ack.ruleId().equals(ruleId)).map(AckComment.Ack::reason).findFirst().orElse(null);
    }

    /** The 1-based line of {@code -- upgrade} or {@code -- downgrade}, or 0 when the file's text was not available. */
    int sectionLine(boolean downgrade) {
        return downgrade ? downgradeMarker : upgradeMarker;
    }

    private void readFile(String[] lines) {
        RevisionFileParser.Layout layout = RevisionFileParser.Layout.of(lines);
        int upgrade = layout.upgradeMarker();
        int downgrade = layout.downgradeMarker();
        upgradeMarker = upgrade + 1;
        downgradeMarker = downgrade + 1;
        readPreamble(lines, layout.headerEnd(), upgrade);
        // The same section text as RevisionFileParser splits, so the statements are the same.
        readSection(String.join("\n", Arrays.asList(lines).subList(upgrade + 1, downgrade)), upgrade + 2);
        if (file.downgradeStatements().isEmpty()) {
            readEmptyDowngrade(lines, downgrade + 1);
        }
    }

    /** A downgrade section without statements holds only comments: one of them may say the emptiness is meant. */
    private void readEmptyDowngrade(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("--")) {
                continue;
            }
            AckComment.Parsed parsed = AckComment.parse(line, ruleIds);
            downgradeAcks.addAll(parsed.acks());
            int lineNumber = i + 1;
            parsed.problems().forEach(problem -> problems.add(new LocatedProblem(problem, 0, lineNumber, line)));
        }
    }

    /** The lines between the header and {@code -- upgrade}: file-wide acknowledgements. */
    private void readPreamble(String[] lines, int from, int to) {
        int firstAckLine = -1;
        for (int i = from; i < to; i++) {
            String line = lines[i].strip();
            if (firstAckLine >= 0 && RevisionFileParser.isHeaderLine(line)) {
                problems.add(new LocatedProblem(AckComment.misplacedInHeader(line), 0, firstAckLine + 1,
                        lines[firstAckLine].strip()));
                firstAckLine = Integer.MAX_VALUE; // reported once
            }
            if (!line.startsWith("--")) {
                continue;
            }
            AckComment.Parsed parsed = AckComment.parse(line, ruleIds);
            if (parsed.isAcknowledgement() && firstAckLine < 0) {
                firstAckLine = i;
            }
            fileAcks.addAll(parsed.acks());
            int lineNumber = i + 1;
            parsed.problems().forEach(problem -> problems.add(new LocatedProblem(problem, 0, lineNumber, line)));
        }
    }

    private void readSection(String text, int sectionFirstLine) {
        firstLine = sectionFirstLine;
        newlines = newlineOffsets(text);
        List<String> texts = SqlStatements.split(text);
        int[] codeStarts = new int[texts.size()];
        int[] ends = new int[texts.size()];
        int cursor = 0;
        for (int i = 0; i < texts.size(); i++) {
            String statement = texts.get(i);
            int start = text.indexOf(statement, cursor); // statements are stripped substrings, in order
            int codeOffset = SqlLexer.codeStart(statement);
            codeStarts[i] = start + codeOffset;
            ends[i] = start + statement.length();
            cursor = ends[i];
            statements.add(LintStatement.of(i + 1, fileLine(codeStarts[i]), statement.substring(codeOffset)));
        }
        for (SqlCode.Comment comment : SqlCode.lineComments(text)) {
            attach(comment, codeStarts, ends);
        }
    }

    private void attach(SqlCode.Comment comment, int[] codeStarts, int[] ends) {
        AckComment.Parsed parsed = AckComment.parse(comment.text(), ruleIds);
        if (!parsed.isAcknowledgement()) {
            return;
        }
        int owner = owner(comment.offset(), codeStarts, ends);
        int line = fileLine(comment.offset());
        String text = comment.text().strip();
        if (owner < 0 && !parsed.acks().isEmpty()) {
            problems.add(new LocatedProblem(AckComment.misplacedAfterLastStatement(), 0, line, text));
        } else if (owner >= 0) {
            statementAcks.computeIfAbsent(owner + 1, number -> new ArrayList<>()).addAll(parsed.acks());
        }
        parsed.problems().forEach(problem -> problems.add(new LocatedProblem(problem, owner + 1, line, text)));
    }

    /** The index of the statement a comment belongs to, or -1 when it follows the last one on a line of its own. */
    private int owner(int offset, int[] codeStarts, int[] ends) {
        int next = 0;
        while (next < ends.length && ends[next] <= offset) {
            next++;
        }
        boolean onPreviousEndLine = next > 0 && lineIndex(offset) == lineIndex(ends[next - 1] - 1);
        if (next == ends.length) {
            return onPreviousEndLine ? next - 1 : -1;
        }
        // "CREATE INDEX ...; -- lint-ok ..." is a trailing comment of the statement it follows, although the
        // splitter keeps it as a leading comment of the next one.
        return offset < codeStarts[next] && onPreviousEndLine ? next - 1 : next;
    }

    private int fileLine(int offset) {
        return firstLine == 0 ? 0 : firstLine + lineIndex(offset);
    }

    private int lineIndex(int offset) {
        int index = Arrays.binarySearch(newlines, offset);
        return index >= 0 ? index : -index - 1;
    }

    private static int[] newlineOffsets(String text) {
        int[] offsets = new int[16];
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
            }
            offsets[count++] = i;
        }
        return Arrays.copyOf(offsets, count);
    }
}
