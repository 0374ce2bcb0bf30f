package org.strat.model;

/**
 * The half of an inning: the away team bats in the top, the home team in the bottom.
 */
public enum Half {
    TOP("top"),
    BOTTOM("bottom");

    private final String code;

    Half(String code) {
        this.code = code;
    }

    /** The value stored in the database. */
    public String code() {
        return code;
    }

    public static Half fromCode(String code) {
        return DatabaseCodeConverter.lookUp(Half.class, Half::code, code);
    }

    /** Maps the attribute to its lowercase code; named on each attribute with {@code @Convert}. */
    public static final class Converter extends DatabaseCodeConverter<Half> {
        public Converter() {
            super(Half::code, Half::fromCode);
        }
    }
}
