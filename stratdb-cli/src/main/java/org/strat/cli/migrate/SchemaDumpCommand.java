package org.strat.cli.migrate;

import org.strat.cli.DatabaseOptions;
import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.StratDb;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.schema.SchemaDumpResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "schema-dump", mixinStandardHelpOptions = true,
        description = "Write the database schema as SQL: with pg_dump --schema-only when it is on PATH and at least as"
                + " new as the server, else from the catalog.")
@Examples({
        "stratdb schema-dump schema.sql",
        "Write the database schema to schema.sql (pg_dump when it is new enough).",
        "stratdb schema-dump --no-pg-dump",
        "Print the schema read from the catalog."})
@Exits(failures = {ErrorCategory.CONNECTION, ErrorCategory.REFUSED})
public final class SchemaDumpCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write the SQL. Default: standard output.")
    Path file;

    @Option(names = "--no-pg-dump", description = "Write the dump from the catalog even when pg_dump is available.")
    boolean noPgDump;

    @Override
    public Integer call() {
        SchemaDumpResult result = root.withDatabase(migrations -> migrations.schemaDump(!noPgDump));
        if (file == null) {
            root.out().print(result.sql());
            root.out().flush();
            return ExitCodes.OK;
        }
        try {
            Files.writeString(file, result.sql(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot write " + file + " (" + e.getMessage()
                    + "); give a FILE in a writable directory, or none for standard output");
        }
        root.out().println("Wrote the schema to " + file.toAbsolutePath() + " ("
                + (result.method() == SchemaDumpResult.Method.PG_DUMP ? "pg_dump" : "from the catalog: " + result.note()) + ").");
        return ExitCodes.OK;
    }
}
