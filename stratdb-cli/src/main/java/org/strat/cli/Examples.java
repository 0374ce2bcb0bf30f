package org.strat.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A command's examples for its {@code --help}: pairs of a command line and what it does, in that order. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Examples {

    /** Command line, explanation, command line, explanation, ... */
    String[] value();
}
