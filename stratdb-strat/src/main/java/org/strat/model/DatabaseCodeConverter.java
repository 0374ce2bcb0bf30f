package org.strat.model;

import jakarta.persistence.AttributeConverter;

import java.util.function.Function;

/**
 * Writes an enum of a fixed vocabulary as its lowercase database code and reads the code back.
 *
 * <p>The schema keeps these vocabularies in varchar columns guarded by CHECK constraints, not in PostgreSQL enum
 * types (a value can be dropped from a CHECK by a downgrade, never from an enum type), so the codes are written
 * out explicitly instead of relying on {@code @Enumerated}, whose names would be uppercase.
 * Stateless and thread-safe.
 */
abstract class DatabaseCodeConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Function<E, String> toCode;
    private final Function<String, E> fromCode;

    DatabaseCodeConverter(Function<E, String> toCode, Function<String, E> fromCode) {
        this.toCode = toCode;
        this.fromCode = fromCode;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : toCode.apply(value);
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : fromCode.apply(code);
    }

    /** Finds the constant whose code is {@code code}; an unknown code means the schema and the model disagree. */
    static <E extends Enum<E>> E lookUp(Class<E> type, Function<E, String> toCode, String code) {
        for (E constant : type.getEnumConstants()) {
            if (toCode.apply(constant).equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " code '" + code
                + "' in the database: the CHECK constraint and the enum " + type.getName() + " disagree");
    }
}
