package org.strat.migrate.graph;

import java.util.List;

/** One node of the revision graph: its id, the ids it builds on (two or more for a merge), and where it came from. */
public record Revision(String id, List<String> downRevisions, String message, String fileName) {

    public Revision {
        downRevisions = List.copyOf(downRevisions);
    }

    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    public boolean isMerge() {
        return downRevisions.size() > 1;
    }

    /** "001 (001_initial_schema.sql)": how messages name a revision. */
    public String label() {
        return fileName == null ? id : id + " (" + fileName + ")";
    }
}
