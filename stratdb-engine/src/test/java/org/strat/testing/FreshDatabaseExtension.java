package org.strat.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Gives each test method that asks for a {@link TestDatabase} parameter its own empty database on the shared
 * server, and after the test checks that the test closed every connection it opened, then drops the database.
 */
public final class FreshDatabaseExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FreshDatabaseExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getStore(NAMESPACE).getOrComputeIfAbsent("database", key -> {
            PostgresServer server = PostgresServer.get();
            String hint = extensionContext.getRequiredTestClass().getSimpleName() + "_"
                    + extensionContext.getRequiredTestMethod().getName();
            return new TestDatabase(server, server.createDatabase(hint));
        }, TestDatabase.class);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        TestDatabase database = context.getStore(NAMESPACE).remove("database", TestDatabase.class);
        if (database == null) {
            return;
        }
        int leaked = openConnections(database);
        // A closed connection's backend exits asynchronously; give it a moment before calling it a leak.
        for (int attempt = 0; leaked > 0 && attempt < 20; attempt++) {
            Thread.sleep(100);
            leaked = openConnections(database);
        }
        database.server().dropDatabase(database.name());
        if (leaked > 0) {
            throw new AssertionError(leaked + " connection(s) to " + database.name()
                    + " were still open after the test: close what you open");
        }
    }

    private static int openConnections(TestDatabase database) throws SQLException {
        try (Connection connection = database.server().superuserConnection("postgres");
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            statement.setString(1, database.name());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
