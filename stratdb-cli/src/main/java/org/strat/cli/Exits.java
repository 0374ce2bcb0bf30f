package org.strat.cli;

import org.strat.migrate.errors.ErrorCategory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a command can end, beyond success, a bad command line and an internal error (which every command can):
 * the failure categories it can raise, and what exit code 1 means for it if it answers "no". Its {@code --help}
 * lists the resulting codes, numbered by {@link ExitCodes#of(ErrorCategory)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Exits {

    ErrorCategory[] failures() default {};

    /** What exit code 1 means for this command; empty when it never exits with 1. */
    String no() default "";
}
