package org.strat.migrate.lint;

import org.strat.migrate.graph.Revision;
import org.strat.migrate.graph.RevisionGraph;
import org.strat.migrate.revision.RevisionFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads revision files for statements that would lock a busy table or lose data, in the spirit of squawk and
 * strong_migrations; pure (no database), stateless and thread-safe.
 *
 * <p>Usage: {@code Linter.standard().lint(context.files())}.
 *
 * <p>Both sections are checked for holding a statement at all ({@code empty-upgrade}, {@code empty-downgrade}:
 * upgrade and downgrade refuse such sections). Otherwise only upgrade sections are linted. A downgrade undoes its revision, so it drops what the upgrade added by
 * nature, and it runs by hand when something already went wrong: reporting every DROP there would teach people to
 * ignore the report. A table counts as new (nothing to lock, no rows to lose) only when the same revision created
 * it before the statement; tables of earlier revisions may be busy in production.
 */
public final class Linter {

    private static final List<LintRule> RULES = List.of(
            new CreateIndexNotConcurrently(),
            new AddColumnNotNullWithoutDefault(),
            new AddColumnVolatileDefault(),
            new SetNotNullWithoutCheck(),
            new AddForeignKeyWithoutNotValid(),
            new AddCheckWithoutNotValid(),
            new ValidateConstraintInSameTransaction(),
            new AddUniqueConstraintWithoutIndex(),
            new ChangeColumnType(),
            new DropColumn(),
            new DropTable(),
            new RenameTable(),
            new RenameColumn());
    /** Findings about a whole section rather than a statement. */
    static final String EMPTY_UPGRADE = "empty-upgrade";
    static final String EMPTY_DOWNGRADE = "empty-downgrade";
    private static final Set<String> RULE_IDS = Stream.concat(RULES.stream().map(LintRule::id),
            Stream.of(EMPTY_UPGRADE, EMPTY_DOWNGRADE)).collect(Collectors.toCollection(LinkedHashSet::new));
    private static final int STATEMENT_WIDTH = 200;

    private final RevisionTexts texts;

    public Linter(RevisionTexts texts) {
        this.texts = texts;
    }

    /** A linter of files as they were parsed, with their line numbers. */
    public static Linter standard() {
        return new Linter(RevisionTexts.parsed());
    }

    /** The ids of the statement rules, in the order they are checked (acknowledgements may name these). */
    public static List<String> ruleIds() {
        return List.copyOf(RULE_IDS);
    }

    /** The ids of the findings about acknowledgement comments themselves (these cannot be acknowledged). */
    public static List<String> acknowledgementProblemIds() {
        return AckComment.PROBLEM_IDS;
    }

    /**
     * Check revision files for statements that would lock a busy table or lose data.
     *
     * <p>Give every revision file, not only the ones of interest, then narrow with
     * {@link LintResult#forRevisions}: a {@code SET NOT NULL} is safe when an ancestor validated a NOT NULL
     * CHECK, and only the whole set shows that. Throws what {@link RevisionGraph#of} throws for a broken graph.
     */
    public LintResult lint(List<RevisionFile> files) {
        Map<String, RevisionFile> byId = files.stream().collect(Collectors.toMap(RevisionFile::id, Function.identity()));
        RevisionGraph graph = RevisionGraph.of(files.stream().map(RevisionFile::toRevision).toList());
        Map<String, List<LintContext.NotNullCheck>> checksLeftBy = new HashMap<>();
        List<LintFinding> findings = new ArrayList<>();
        for (Revision revision : graph.topologicalOrder()) {
            RevisionFile file = byId.get(revision.id());
            List<LintContext.NotNullCheck> inherited = revision.downRevisions().stream()
                    .flatMap(parent -> checksLeftBy.get(parent).stream()).distinct().toList();
            RevisionDocument document = RevisionDocument.of(file, texts.textOf(file), RULE_IDS);
            LintContext context = LintContext.start(file.transactional(), inherited);
            for (LintStatement statement : document.statements()) {
                LintContext before = context; // the lambda below needs an effectively final variable
                for (LintRule rule : RULES) {
                    rule.check(statement, before).ifPresent(violation -> findings.add(finding(document, statement,
                            rule.id(), violation, document.acknowledgement(statement, rule.id()))));
                }
                context = context.after(statement);
            }
            checksLeftBy.put(revision.id(), context.notNullChecks());
            emptySections(document).forEach(findings::add);
            document.problems().forEach(problem -> findings.add(problemFinding(file, problem)));
        }
        return new LintResult(sorted(findings, graph));
    }

    /**
     * Whether a revision's downgrade section is meant to do nothing: it holds no statement and says so with
     * {@code -- lint-ok empty-downgrade: <reason>} (in that section, or for the whole file), or it is a merge
     * revision, which only joins branches. A downgrade then records the revision as removed and runs nothing.
     */
    public static boolean acknowledgesEmptyDowngrade(RevisionFile file) {
        if (!file.downgradeStatements().isEmpty()) {
            return false;
        }
        return file.isMerge() || RevisionDocument.of(file, java.util.Optional.of(file.text()), RULE_IDS)
                .sectionAcknowledgement(EMPTY_DOWNGRADE, true) != null;
    }

    /** An upgrade section with no statement (a merge needs none), and a downgrade section with none. */
    private static List<LintFinding> emptySections(RevisionDocument document) {
        RevisionFile file = document.file();
        List<LintFinding> findings = new ArrayList<>();
        if (file.upgradeStatements().isEmpty() && !file.isMerge()) {
            findings.add(sectionFinding(document, EMPTY_UPGRADE, false, "the upgrade section holds no statement, so"
                    + " upgrade would refuse to apply the revision", "write its SQL below `-- upgrade`"));
        }
        if (file.downgradeStatements().isEmpty() && !file.isMerge()) {
            findings.add(sectionFinding(document, EMPTY_DOWNGRADE, true, "the downgrade section holds no statement, so"
                    + " downgrade would refuse to undo the revision", "write the SQL that undoes the upgrade below"
                    + " `-- downgrade`; if undoing it means doing nothing, say so there: `-- lint-ok empty-downgrade: <reason>`"));
        }
        return findings;
    }

    private static LintFinding sectionFinding(RevisionDocument document, String ruleId, boolean downgrade,
                                              String message, String fix) {
        RevisionFile file = document.file();
        return new LintFinding(ruleId, file.id(), file.fileName(), 0, document.sectionLine(downgrade),
                downgrade ? "-- downgrade" : "-- upgrade", message, fix,
                document.sectionAcknowledgement(ruleId, downgrade));
    }

    private static LintFinding finding(RevisionDocument document, LintStatement statement, String ruleId,
                                       Violation violation, String acknowledgement) {
        RevisionFile file = document.file();
        return new LintFinding(ruleId, file.id(), file.fileName(), statement.number(), statement.line(),
                oneLine(statement.sql()), violation.message(), violation.fix(), acknowledgement);
    }

    private static LintFinding problemFinding(RevisionFile file, RevisionDocument.LocatedProblem located) {
        AckComment.Problem problem = located.problem();
        return new LintFinding(problem.ruleId(), file.id(), file.fileName(), located.statementNumber(), located.line(),
                located.comment(), problem.message(), problem.fix(), null);
    }

    /** Revisions in graph order; within one, by line (statement number when lines are unknown), then rule order. */
    private static List<LintFinding> sorted(List<LintFinding> findings, RevisionGraph graph) {
        List<String> ruleOrder = Stream.concat(RULE_IDS.stream(), AckComment.PROBLEM_IDS.stream()).toList();
        return findings.stream().sorted(Comparator
                .comparingInt((LintFinding finding) -> graph.position(finding.revision()))
                .thenComparingInt(LintFinding::line)
                .thenComparingInt(LintFinding::statementNumber)
                .thenComparingInt(finding -> ruleOrder.indexOf(finding.ruleId()))).toList();
    }

    private static String oneLine(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= STATEMENT_WIDTH ? line : line.substring(0, STATEMENT_WIDTH - 1) + "…";
    }
}
