package org.strat.model;

/**
 * The league a game or roll belongs to: {@code sba} identifies players by player id, {@code pd} by card id.
 */
public enum League {
    SBA("sba"),
    PD("pd");

    private final String code;

    League(String code) {
        this.code = code;
    }

    /** The value stored in the database. */
    public String code() {
        return code;
    }

    public static League fromCode(String code) {
        return DatabaseCodeConverter.lookUp(League.class, League::code, code);
    }

    /** Maps the attribute to its lowercase code; named on each attribute with {@code @Convert}. */
    public static final class Converter extends DatabaseCodeConverter<League> {
        public Converter() {
            super(League::code, League::fromCode);
        }
    }
}
