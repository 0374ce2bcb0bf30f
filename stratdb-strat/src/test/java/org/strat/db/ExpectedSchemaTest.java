package org.strat.db;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.strat.model.StratModel;
import org.strat.testing.PostgresServer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expected schema must list what Hibernate's validator would have checked: exactly the columns (and their
 * type codes and DDL types) of the physical tables of Hibernate's boot model, which a built factory no longer has.
 */
class ExpectedSchemaTest {

    @Test
    void expectsEveryColumnAndTypeOfTheModelsAsHibernatesBootModelHasThem() {
        try (EntityManagerFactory factory = EntityManagerFactories.create(maintenanceDatabase(), false)) {
            assertThat(describe(ExpectedSchema.of(factory.unwrap(SessionFactoryImplementor.class))))
                    .isEqualTo(bootModelColumns(StratModel.ENTITY_CLASSES))
                    .containsEntry("plays.hit_location", "12 varchar(5)")
                    .containsEntry("games.created_at", "3003 timestamptz");
        }
    }

    @Test
    void coversCollectionTablesSecondaryTablesEmbeddablesAndInheritanceToo() {
        List<Class<?>> classes = List.of(Team.class, ProTeam.class, Sponsor.class);
        try (EntityManagerFactory factory = new HibernatePersistenceConfiguration("expected-schema-test")
                .managedClasses(classes)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, maintenanceDatabase())
                .property(AvailableSettings.DIALECT, EntityManagerFactories.ModelDialect.class)
                .schemaToolingAction(Action.NONE)
                .createEntityManagerFactory()) {
            assertThat(describe(ExpectedSchema.of(factory.unwrap(SessionFactoryImplementor.class))))
                    .isEqualTo(bootModelColumns(classes))
                    .containsKeys("teams.dtype", "teams.version", "teams.city", "teams.league", "team_nicknames.team_id",
                            "team_nicknames.nicknames", "team_nicknames.nicknames_order", "team_sponsors.team_id",
                            "team_sponsors.sponsors_id", "sponsor_details.id", "sponsor_details.budget");
        }
    }

    @Test
    void readsQuotedIdentifiersAsTheCatalogStoresThem() {
        assertThat(ExpectedSchema.catalogName("\"HitLocation\"")).isEqualTo("HitLocation");
        assertThat(ExpectedSchema.catalogName("\"a\"\"b\"")).isEqualTo("a\"b");
        assertThat(ExpectedSchema.catalogName("Hit_Location")).isEqualTo("hit_location");
    }

    private static Map<String, String> describe(ExpectedSchema schema) {
        Map<String, String> columns = new TreeMap<>();
        for (ExpectedSchema.Table table : schema.tables()) {
            table.columns().values().forEach(column -> columns.put(table.name() + "." + column.name(),
                    column.sqlTypeCode() + " " + column.ddlType()));
        }
        return columns;
    }

    /** What Hibernate's validator iterates: the physical tables of the boot model, as the DDL export builds it. */
    private static Map<String, String> bootModelColumns(List<Class<?>> entityClasses) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", false)
                .applySetting("hibernate.dialect", EntityManagerFactories.ModelDialect.class.getName())
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entityClasses.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            Map<String, String> columns = new TreeMap<>();
            for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
                for (org.hibernate.mapping.Table table : namespace.getTables()) {
                    if (table.isPhysicalTable()) {
                        table.getColumns().forEach(column -> columns.put(table.getQuotedName() + "."
                                + ExpectedSchema.catalogName(column.getQuotedName()),
                                column.getSqlTypeCode(metadata) + " " + column.getSqlType(metadata)));
                    }
                }
            }
            return columns;
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    // The factory only reads the server's version and metadata while it is built; no test database is needed.
    private static PGSimpleDataSource maintenanceDatabase() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(PostgresServer.get().jdbcUrl("postgres"));
        dataSource.setUser("postgres");
        return dataSource;
    }

    @Entity(name = "Team")
    @Table(name = "teams")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    @DiscriminatorColumn
    static class Team {
        @Id
        Long id;
        @Version
        int version;
        @Embedded
        Address address;
        @ElementCollection
        @CollectionTable(name = "team_nicknames")
        @OrderColumn
        List<String> nicknames;
        @ManyToMany
        @JoinTable(name = "team_sponsors")
        Set<Sponsor> sponsors;
    }

    @Entity(name = "ProTeam")
    static class ProTeam extends Team {
        @Column(length = 20)
        String league;
    }

    @Entity(name = "Sponsor")
    @Table(name = "sponsors")
    @SecondaryTable(name = "sponsor_details")
    static class Sponsor {
        @Id
        Long id;
        @Column(table = "sponsor_details", precision = 12, scale = 2)
        BigDecimal budget;
    }

    @Embeddable
    static class Address {
        String city;
    }
}
