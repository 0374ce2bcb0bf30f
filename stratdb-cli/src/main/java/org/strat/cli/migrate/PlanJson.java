package org.strat.cli.migrate;

import org.strat.migrate.lint.LintFinding;
import org.strat.migrate.plan.BlockingSession;
import org.strat.migrate.plan.PlanResult;
import org.strat.migrate.plan.PlannedStatement;
import org.strat.migrate.plan.RelationLock;
import org.strat.migrate.plan.RevisionPlan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --json} shape of a plan (docs/deploying.md, "Planning an upgrade"; docs/json.md). */
final class PlanJson {

    private PlanJson() {
    }

    static Map<String, Object> toMap(PlanResult plan) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("target", plan.target());
        object.put("from", plan.from());
        object.put("statements", plan.statements().stream().map(PlanJson::statement).toList());
        object.put("revisions", plan.revisions().stream().map(PlanJson::revision).toList());
        Map<String, Object> relations = new LinkedHashMap<>();
        plan.relations().forEach((name, size) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rows", size.rows());
            entry.put("bytes", size.bytes());
            entry.put("bytesWithoutIndexes", size.ownBytes());
            relations.put(name, entry);
        });
        object.put("relations", relations);
        object.put("estimation", plan.estimation());
        return object;
    }

    private static Map<String, Object> statement(PlannedStatement statement) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("revision", statement.revision());
        object.put("number", statement.number());
        object.put("sql", statement.sql());
        object.put("transactional", statement.transactional());
        object.put("locks", statement.locks().stream().map(PlanJson::lock).toList());
        object.put("rewrites", statement.rewrites());
        object.put("indexBuiltOn", statement.indexBuiltOn());
        object.put("scans", statement.scans());
        object.put("estimatedSeconds", round(statement.estimatedSeconds()));
        object.put("blockedBy", statement.blockedBy().stream().map(PlanJson::session).toList());
        object.put("lint", lint(statement.lint()));
        object.put("note", statement.note());
        return object;
    }

    private static Map<String, Object> lock(RelationLock lock) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("relation", lock.relation());
        object.put("kind", lock.kind());
        object.put("mode", lock.mode().pgName());
        object.put("source", lock.documented() ? "documentation" : "measured");
        return object;
    }

    private static Map<String, Object> session(BlockingSession session) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("pid", session.pid());
        object.put("applicationName", session.applicationName());
        object.put("state", session.state());
        object.put("seconds", round(session.seconds()));
        object.put("relation", session.relation());
        object.put("holds", session.holds() == null ? null : session.holds().pgName());
        return object;
    }

    private static Map<String, Object> revision(RevisionPlan revision) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("revision", revision.revision());
        object.put("message", revision.message());
        object.put("transactional", revision.transactional());
        object.put("strongestLock", revision.strongest() == null ? null : revision.strongest().pgName());
        object.put("strongestLockOn", revision.strongestOn());
        object.put("longestHoldSeconds", round(revision.longestHoldSeconds()));
        object.put("longestHoldOn", revision.longestHoldOn());
        object.put("rewrites", revision.rewritten());
        object.put("lint", lint(revision.lint()));
        return object;
    }

    private static List<Map<String, Object>> lint(List<LintFinding> findings) {
        return findings.stream().map(finding -> {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("rule", finding.ruleId());
            object.put("statementNumber", finding.statementNumber());
            object.put("message", finding.message());
            object.put("acknowledged", finding.acknowledged());
            return object;
        }).toList();
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
