package org.strat.db;

import org.hibernate.dialect.Dialect;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a live column's type can hold what a mapping expects, by the rule of Hibernate's own validator
 * ({@code org.hibernate.tool.schema.internal.ColumnDefinitions.hasMatchingType}, called by
 * {@code AbstractSchemaValidator.validateColumnType} in 7.4), so that the start-up check accepts and refuses the
 * same types as {@code hbm2ddl validate} did. A column's type matches when any of these holds:
 * <ol>
 *   <li>the dialect calls the two JDBC type codes equivalent (same code, or both character, both integral, …);</li>
 *   <li>the models' DDL type and the live type have the same name, arguments aside ({@code jsonb}, {@code uuid});</li>
 *   <li>the code the dialect resolves from the live type's name ({@code timestamptz} is a zoned timestamp) is
 *       equivalent to the expected code.</li>
 * </ol>
 * Like that validator, it does not compare lengths, precision or nullability; {@code stratdb check} does.
 * Immutable and thread-safe.
 */
final class ColumnTypeRule {

    private static final Pattern ARGUMENTS = Pattern.compile("\\s*\\([^)]*\\)");

    private final Dialect dialect;
    private final JdbcTypeRegistry jdbcTypes;

    ColumnTypeRule(Dialect dialect, JdbcTypeRegistry jdbcTypes) {
        this.dialect = dialect;
        this.jdbcTypes = jdbcTypes;
    }

    boolean matches(ExpectedSchema.Column expected, LiveSchema.Column live) {
        return dialect.equivalentTypes(expected.sqlTypeCode(), live.jdbcTypeCode())
                || sameName(expected.ddlType(), live)
                || dialect.equivalentTypes(expected.sqlTypeCode(), resolvedCode(live));
    }

    // PostgreSQL names a type two ways: pg_type's name (int4, timestamptz), which is what the driver reports and
    // Hibernate compares, and the SQL name format_type prints (integer, timestamp with time zone); either will do.
    private static boolean sameName(String ddlType, LiveSchema.Column live) {
        String expected = baseName(ddlType);
        return expected.equals(baseName(live.typeName())) || expected.equals(baseName(live.declaredType()));
    }

    private int resolvedCode(LiveSchema.Column live) {
        return dialect.resolveSqlTypeDescriptor(live.typeName(), live.jdbcTypeCode(), live.size(),
                live.decimalDigits(), jdbcTypes).getDefaultSqlTypeCode();
    }

    /**
     * The name without its arguments, wherever they stand: {@code varchar(20)} is {@code varchar}, and
     * {@code timestamp(3) with time zone} is {@code timestamp with time zone}, not {@code timestamp}.
     */
    static String baseName(String typeName) {
        return ARGUMENTS.matcher(typeName).replaceAll("").strip().toLowerCase(Locale.ROOT);
    }
}
