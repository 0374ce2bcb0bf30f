package org.strat.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a completion script for bash and zsh: commands, options, and option values where"
                + " they are a fixed set.",
                "The script is generated from this stratdb's own commands, so regenerate it after an upgrade of stratdb."})
@Examples({
        "source <(stratdb completion)",
        "Complete stratdb's commands, options and their fixed values in this shell, bash or zsh (the script loads"
                + " zsh's bash-completion emulation itself).",
        "stratdb completion > ~/.local/share/bash-completion/completions/stratdb",
        "Install it for every new bash shell of this user (in zsh: source the file from ~/.zshrc)."})
@Exits
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("stratdb", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
