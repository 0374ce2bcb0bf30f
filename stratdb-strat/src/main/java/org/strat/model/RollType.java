package org.strat.model;

/**
 * What a dice roll was for; the values allowed by {@code rolls_roll_type_check}.
 */
public enum RollType {
    AB("ab"),
    JUMP("jump"),
    FIELDING("fielding"),
    D20("d20"),
    PICKOFF("pickoff"),
    WILD_PITCH("wild_pitch");

    private final String code;

    RollType(String code) {
        this.code = code;
    }

    /** The value stored in the database. */
    public String code() {
        return code;
    }

    public static RollType fromCode(String code) {
        return DatabaseCodeConverter.lookUp(RollType.class, RollType::code, code);
    }

    /** Maps the attribute to its lowercase code; named on each attribute with {@code @Convert}. */
    public static final class Converter extends DatabaseCodeConverter<RollType> {
        public Converter() {
            super(RollType::code, RollType::fromCode);
        }
    }
}
