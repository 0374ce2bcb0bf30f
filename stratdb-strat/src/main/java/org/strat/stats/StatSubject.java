package org.strat.stats;

import java.util.Locale;
import java.util.Objects;

/** Whose stats: an sba player (lineups.player_id) or a pd card (lineups.card_id). */
public record StatSubject(Kind kind, int id) {

    /** The two ways a league identifies the man in a lineup entry. */
    public enum Kind {
        PLAYER,
        CARD
    }

    public StatSubject {
        Objects.requireNonNull(kind, "kind");
    }

    public static StatSubject player(int playerId) {
        return new StatSubject(Kind.PLAYER, playerId);
    }

    public static StatSubject card(int cardId) {
        return new StatSubject(Kind.CARD, cardId);
    }

    /** The subject of a lineup entry, which has exactly one of the two ids. */
    static StatSubject of(Integer playerId, Integer cardId) {
        return playerId != null ? player(playerId) : card(cardId);
    }

    /** "player 1001" or "card 7001". */
    public String describe() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + id;
    }
}
