package org.strat.model;

import java.util.List;

/**
 * The persistent model of the gameplay database: every entity class, for the application's start-up and for
 * the comparison of the models' schema with a migrated one.
 */
public final class StratModel {

    /** Every entity class, in dependency order: a class comes after the classes it references. */
    public static final List<Class<?>> ENTITY_CLASSES = List.of(
            Game.class,
            Lineup.class,
            Roll.class,
            Play.class,
            GameSession.class,
            RosterLink.class,
            GameCardsetLink.class);

    private StratModel() {
    }
}
