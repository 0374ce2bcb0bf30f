package org.strat.testing;

import org.strat.db.ModelDdl;
import org.strat.model.StratModel;

/**
 * The DDL Hibernate writes for the entities, exported offline (no connection; facts.md), as a database built
 * "straight from the models" would have it: what the original backend's create_all did before migrations.
 */
public final class ModelSchema {

    private ModelSchema() {
    }

    /** The CREATE statements for every entity, under the dialect the application uses. */
    public static String ddl() {
        return ModelDdl.export(StratModel.ENTITY_CLASSES);
    }

    /** Creates the entities' tables in the database, as Hibernate's schema export would. */
    public static void create(TestDatabase database) {
        Sql.execute(database, ddl());
    }
}
