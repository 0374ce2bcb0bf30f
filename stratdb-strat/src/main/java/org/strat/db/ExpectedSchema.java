package org.strat.db;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.EntityDiscriminatorMapping;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableConsumer;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.hibernate.type.descriptor.JdbcTypeNameMapper;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;
import org.strat.migrate.catalog.Identifiers;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables and columns the models map, each column with the SQL type its mapping expects: what Hibernate's
 * schema validator would check, read from the runtime mapping model of a built factory instead of the boot model
 * (which a factory does not keep). Built once per factory; immutable and thread-safe.
 *
 * <p>The type of a column is taken as Hibernate's {@code Column.getSqlTypeCode} and {@code Column.getSqlType}
 * take it: the JDBC type's default SQL type code, and that code's DDL type rendered at the mapped size.
 */
final class ExpectedSchema {

    /** A mapped column; {@code name} is as the catalog spells it, {@code ddlType} as the models' DDL would. */
    record Column(String name, int sqlTypeCode, String ddlType) {
    }

    /** A mapped table: {@code name} as Hibernate writes it in SQL, columns keyed by their catalog name. */
    record Table(String name, Map<String, Column> columns) {
    }

    private final Map<String, Table> tables;

    private ExpectedSchema(Map<String, Table> tables) {
        this.tables = tables;
    }

    static ExpectedSchema of(SessionFactoryImplementor factory) {
        Collector collector = new Collector(factory.getTypeConfiguration().getDdlTypeRegistry());
        factory.getMappingMetamodel().forEachEntityDescriptor(collector::addEntity);
        factory.getMappingMetamodel().forEachCollectionDescriptor(collector::addCollection);
        return new ExpectedSchema(collector.tables());
    }

    Collection<Table> tables() {
        return tables.values();
    }

    List<String> tableNames() {
        return List.copyOf(tables.keySet());
    }

    /** Walks the mapping model; sorted maps keep the order of reported mismatches stable. */
    private static final class Collector {

        private final DdlTypeRegistry ddlTypes;
        private final Map<String, Map<String, Column>> columnsByTable = new TreeMap<>();
        private final SelectableConsumer addSelectable = (index, selectable) -> add(selectable);

        Collector(DdlTypeRegistry ddlTypes) {
            this.ddlTypes = ddlTypes;
        }

        void addEntity(EntityPersister entity) {
            // Every table of the entity (secondary and joined-subclass tables included) with its key columns,
            // then the identifier, the attributes (version and to-one foreign keys among them), the discriminator.
            entity.forEachTableDetails(table -> {
                if (!isSubquery(table.getTableName())) {
                    table(table.getTableName());
                    table.getKeyDetails().forEachSelectable(addSelectable);
                }
            });
            entity.getIdentifierMapping().forEachSelectable(addSelectable);
            entity.forEachSelectable(addSelectable);
            EntityDiscriminatorMapping discriminator = entity.getDiscriminatorMapping();
            if (discriminator != null) {
                discriminator.forEachSelectable(addSelectable);
            }
        }

        void addCollection(CollectionPersister collection) {
            // A one-to-many collection lives in its element entity's table, which addEntity already covers.
            if (collection.isOneToMany()) {
                return;
            }
            PluralAttributeMapping attribute = collection.getAttributeMapping();
            attribute.getKeyDescriptor().getKeyPart().forEachSelectable(addSelectable);
            attribute.getElementDescriptor().forEachSelectable(addSelectable);
            if (attribute.getIndexDescriptor() != null) {
                attribute.getIndexDescriptor().forEachSelectable(addSelectable);
            }
            if (attribute.getIdentifierDescriptor() != null) {
                attribute.getIdentifierDescriptor().forEachSelectable(addSelectable);
            }
        }

        private void add(SelectableMapping selectable) {
            String table = selectable.getContainingTableExpression();
            if (selectable.isFormula() || isSubquery(table)) {
                return;
            }
            String name = catalogName(selectable.getSelectionExpression());
            int sqlTypeCode = selectable.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode();
            table(table).putIfAbsent(name, new Column(name, sqlTypeCode, ddlType(selectable, sqlTypeCode)));
        }

        // An entity mapped to a query (@Subselect) has no table to look up, as Hibernate's validator has none.
        private static boolean isSubquery(String tableExpression) {
            return tableExpression.startsWith("(");
        }

        private Map<String, Column> table(String name) {
            return columnsByTable.computeIfAbsent(name, key -> new TreeMap<>());
        }

        private String ddlType(SelectableMapping selectable, int sqlTypeCode) {
            if (ddlTypes.getDescriptor(sqlTypeCode) == null) {
                return JdbcTypeNameMapper.getTypeName(sqlTypeCode).toLowerCase(Locale.ROOT);
            }
            JdbcMapping mapping = selectable.getJdbcMapping();
            // Named enum and array DDL types need the mapped type to render their name; a basic type is one.
            Type type = mapping instanceof Type basicType ? basicType : null;
            return ddlTypes.getTypeName(sqlTypeCode, selectable.toSize(), type);
        }

        Map<String, Table> tables() {
            Map<String, Table> tables = new TreeMap<>();
            columnsByTable.forEach((name, columns) ->
                    tables.put(name, new Table(name, Collections.unmodifiableMap(columns))));
            return tables;
        }
    }

    /**
     * The name the catalog stores for an identifier as Hibernate writes it: a quoted one as it is inside the
     * quotes, an unquoted one folded to lower case, as PostgreSQL folds it.
     */
    static String catalogName(String identifier) {
        if (identifier.length() > 1 && identifier.startsWith("\"") && identifier.endsWith("\"")) {
            return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        }
        return Identifiers.fold(identifier);
    }
}
