package org.strat.cli.migrate;

import org.strat.cli.Examples;
import org.strat.cli.ExitCodes;
import org.strat.cli.Exits;
import org.strat.cli.JsonOutput;
import org.strat.cli.RevisionsOption;
import org.strat.cli.StratDb;
import org.strat.migrate.errors.ErrorCategory;
import org.strat.migrate.graph.Revision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "heads", description = "Show the head revisions of the revision files (reads no database).",
        mixinStandardHelpOptions = true)
@Examples({
        "stratdb heads",
        "Show the newest revision (two or more: run \"stratdb merge\").",
        "stratdb heads --revisions-dir src/main/resources/db/revisions --json",
        "The heads of that folder, as JSON."})
@Exits(failures = {ErrorCategory.REFUSED})
public final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    StratDb root;

    @Mixin
    RevisionsOption revisionsDirectory;

    @Mixin
    JsonOutput json;


    @Override
    public Integer call() {
        List<Revision> heads = root.offline().heads().heads();
        PrintWriter out = root.out();
        if (json.enabled) {
            json.report().put("heads", heads.stream().map(HeadsCommand::toMap).toList());
            json.print(out);
            return ExitCodes.OK;
        }
        if (heads.isEmpty()) {
            out.println("No revisions in " + root.revisions().describe() + ".");
        }
        for (Revision head : heads) {
            out.printf("%s (head)  %s  [%s]%n", head.id(), head.message(), head.fileName());
        }
        if (heads.size() > 1) {
            out.println(heads.size() + " heads: join them with \"stratdb merge\" before upgrading to head.");
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> toMap(Revision revision) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("revision", revision.id());
        object.put("down_revisions", revision.downRevisions());
        object.put("message", revision.message());
        object.put("file", revision.fileName());
        return object;
    }
}
