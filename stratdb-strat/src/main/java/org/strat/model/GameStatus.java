package org.strat.model;

/**
 * Where a game is in its life: the values allowed by {@code games_status_check}.
 */
public enum GameStatus {
    PENDING("pending"),
    ACTIVE("active"),
    PAUSED("paused"),
    COMPLETED("completed"),
    ABANDONED("abandoned");

    private final String code;

    GameStatus(String code) {
        this.code = code;
    }

    /** The value stored in the database. */
    public String code() {
        return code;
    }

    public static GameStatus fromCode(String code) {
        return DatabaseCodeConverter.lookUp(GameStatus.class, GameStatus::code, code);
    }

    /** Maps the attribute to its lowercase code; named on each attribute with {@code @Convert}. */
    public static final class Converter extends DatabaseCodeConverter<GameStatus> {
        public Converter() {
            super(GameStatus::code, GameStatus::fromCode);
        }
    }
}
