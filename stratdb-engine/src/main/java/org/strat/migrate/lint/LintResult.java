package org.strat.migrate.lint;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** What the linter found, in revision order (parents first), then by statement. */
public record LintResult(List<LintFinding> findings) {

    public LintResult {
        findings = List.copyOf(findings);
    }

    public List<LintFinding> unacknowledged() {
        return findings.stream().filter(finding -> !finding.acknowledged()).toList();
    }

    public List<LintFinding> acknowledged() {
        return findings.stream().filter(LintFinding::acknowledged).toList();
    }

    /** Whether a CI run should fail: some finding is not acknowledged. */
    public boolean hasUnacknowledged() {
        return findings.stream().anyMatch(finding -> !finding.acknowledged());
    }

    /** The findings of the given revisions only, e.g. the ones an upgrade is about to apply. */
    public LintResult forRevisions(Collection<String> revisionIds) {
        Set<String> ids = Set.copyOf(revisionIds);
        return new LintResult(findings.stream().filter(finding -> ids.contains(finding.revision())).toList());
    }
}
