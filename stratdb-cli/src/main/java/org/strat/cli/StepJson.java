package org.strat.cli;

import org.strat.migrate.guard.DataLoss;
import org.strat.migrate.run.RevisionStep;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes that several commands' {@code --json} share (docs/json.md). */
public final class StepJson {

    private StepJson() {
    }

    /** One revision applied or reverted: {"revision", "message", "file", "duration_ms"}. */
    public static Map<String, Object> of(RevisionStep step) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("revision", step.revision());
        object.put("message", step.message());
        object.put("file", step.fileName());
        object.put("duration_ms", step.durationMs());
        return object;
    }

    /** What a downgrade with --yes saved before dropping data. */
    public static Map<String, Object> of(DataLoss loss) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("rows_file", loss.rowsFile() == null ? null : loss.rowsFile().toString());
        object.put("rows_schema", loss.rowsSchema());
        object.put("saved_tables", loss.savedTables());
        object.put("schema_dump_file", loss.dumpFile() == null ? null : loss.dumpFile().toString());
        object.put("schema_dump_method", loss.dumpMethod() == null ? null : loss.dumpMethod().name().toLowerCase(java.util.Locale.ROOT));
        object.put("drops", loss.drops().stream().map(DataLoss.Drop::describe).toList());
        object.put("unreadable_statements", loss.unreadable());
        return object;
    }
}
