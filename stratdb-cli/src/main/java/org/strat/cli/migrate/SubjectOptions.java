package org.strat.cli.migrate;

import org.strat.stats.StatSubject;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Whose season: exactly one of --player (sba) or --card (pd). Checked here rather than by a picocli argument
 * group, whose messages carry an "Error:" prefix of their own that the error handler would print twice.
 */
public final class SubjectOptions {

    @Option(names = "--player", paramLabel = "N", description = "An sba player id (lineups.player_id).")
    Integer player;

    @Option(names = "--card", paramLabel = "N", description = "A pd card id (lineups.card_id).")
    Integer card;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    public StatSubject subject() {
        if (player == null && card == null) {
            throw new ParameterException(command.commandLine(),
                    "Say whose season: --player N (an sba player) or --card N (a pd card)");
        }
        if (player != null && card != null) {
            throw new ParameterException(command.commandLine(), "Give --player or --card, not both");
        }
        return player != null ? StatSubject.player(player) : StatSubject.card(card);
    }
}
