package org.strat.bench;

import org.strat.migrate.revision.RevisionFile;
import org.strat.migrate.revision.RevisionSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the Alembic yardstick's revision scripts (issue 16): one Alembic revision per stratdb revision file, with
 * the same id, the same down_revision chain and the same statements in the same order, each passed to
 * {@code op.execute}. The statements come from stratdb's own parse of the files (header, sections, the one SQL
 * splitter), so the two tools are handed the same SQL by construction; bench/run then checks that both reach the
 * same schema.
 *
 * <p>A revision that stratdb runs outside a transaction ({@code -- transactional: false}: CREATE INDEX
 * CONCURRENTLY) runs in Alembic's {@code autocommit_block()}, the way an Alembic user has to write it; every other
 * one in a transaction of its own ({@code transaction_per_migration} in bench/alembic/env.py), as stratdb does.
 *
 * <p>Usage (bench/run compiles and starts it):
 * {@code java -cp CLASSES:stratdb.jar:lib/* org.strat.bench.AlembicScripts REVISIONS_DIR VERSIONS_DIR}.
 */
public final class AlembicScripts {

    /**
     * What SQLAlchemy's text() takes for a bind parameter (sqlalchemy.sql.elements.TextClause, 1.4): op.execute
     * wraps a string in text(), so ":name" in a statement must be escaped as "\:name" to reach the server as written.
     */
    private static final Pattern BIND_PARAMETER = Pattern.compile("(?U)(?<![:\\w\\\\]):(\\w+)(?!:)");

    /** How SQLAlchemy's compiler turns "\:name" back into ":name" (sqlalchemy.sql.compiler.BIND_PARAMS_ESC). */
    private static final Pattern ESCAPED_COLON = Pattern.compile("(?U)\\\\(:[\\w$]*)(?![:\\w$])");

    private AlembicScripts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: AlembicScripts REVISIONS_DIR VERSIONS_DIR");
        }
        Path versions = Files.createDirectories(Path.of(args[1]));
        List<RevisionFile> files = RevisionSource.directory(Path.of(args[0])).load();
        for (RevisionFile file : files) {
            String name = file.fileName().replaceFirst("\\.sql$", "") + ".py";
            try {
                Files.writeString(versions.resolve(name), script(file, args[0]));
            } catch (IllegalStateException e) {
                System.err.println("bench: " + file.fileName() + ": " + e.getMessage());
                System.exit(1);
            }
        }
        System.err.println("bench: wrote " + files.size() + " Alembic revisions to " + versions);
    }

    static String script(RevisionFile file, String from) {
        StringBuilder py = new StringBuilder();
        py.append("\"\"\"").append(pythonText(file.message())).append("\n\n")
                .append("Revision ID: ").append(file.id()).append('\n')
                .append("Revises: ").append(String.join(", ", file.downRevisions())).append('\n')
                .append("Create Date: ").append(pythonText(file.date() == null ? "" : file.date())).append("\n\n")
                .append("Written by bench/run from ").append(pythonText(from)).append('/').append(pythonText(file.fileName()))
                .append(": the statements stratdb runs, in its order.\n\"\"\"\n")
                .append("from alembic import op\n\n")
                .append("revision = ").append(pythonString(file.id())).append('\n')
                .append("down_revision = ").append(downRevision(file.downRevisions())).append('\n')
                .append("branch_labels = None\ndepends_on = None\n\n\n");
        statements(py, "UPGRADE", file.upgradeStatements());
        py.append('\n');
        statements(py, "DOWNGRADE", file.downgradeStatements());
        function(py, "upgrade", "UPGRADE", file.transactional());
        function(py, "downgrade", "DOWNGRADE", file.transactional());
        return py.append('\n').toString();
    }

    private static String downRevision(List<String> parents) {
        if (parents.isEmpty()) {
            return "None";
        }
        if (parents.size() == 1) {
            return pythonString(parents.get(0));
        }
        StringBuilder tuple = new StringBuilder("(");
        for (String parent : parents) {
            tuple.append(pythonString(parent)).append(", ");
        }
        return tuple.append(')').toString();
    }

    private static void statements(StringBuilder py, String name, List<String> statements) {
        py.append(name).append(" = [\n");
        for (String statement : statements) {
            py.append("    \"\"\"").append(pythonText(textClauseSafe(statement))).append("\"\"\",\n");
        }
        py.append("]\n");
    }

    private static void function(StringBuilder py, String name, String statements, boolean transactional) {
        py.append("\n\ndef ").append(name).append("():\n");
        if (transactional) {
            py.append("    for statement in ").append(statements).append(":\n")
                    .append("        op.execute(statement)\n");
        } else {
            py.append("    # -- transactional: false in stratdb: each statement on its own, outside a transaction.\n")
                    .append("    with op.get_context().autocommit_block():\n")
                    .append("        for statement in ").append(statements).append(":\n")
                    .append("            op.execute(statement)\n");
        }
    }

    /** The statement with its would-be bind parameters escaped; refused when SQLAlchemy would not restore it. */
    static String textClauseSafe(String statement) {
        String escaped = BIND_PARAMETER.matcher(statement).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
        String restored = ESCAPED_COLON.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        if (!restored.equals(statement)) {
            throw new IllegalStateException("this statement cannot pass through Alembic's op.execute unchanged (its"
                    + " colons or backslashes would be read as bind parameters):\n" + statement);
        }
        return escaped;
    }

    /** The inside of a Python triple-quoted string: backslashes and every double quote escaped, newlines kept. */
    private static String pythonText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r");
    }

    private static String pythonString(String text) {
        return "\"" + pythonText(text).replace("\n", "\\n") + "\"";
    }
}
