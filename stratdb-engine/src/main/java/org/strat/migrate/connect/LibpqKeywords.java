package org.strat.migrate.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The libpq connection keywords stratdb understands, each with the environment variable that supplies it when
 * the URL does not (PostgreSQL documentation, "Parameter Key Words" and "Environment Variables").
 */
final class LibpqKeywords {

    /** keyword -> environment variable, in the order they are reported. */
    static final Map<String, String> ENVIRONMENT = environment();

    /** Keywords a postgresql:// URL may carry in its query; anything else is refused, as libpq refuses it. */
    static final Set<String> QUERY = Set.of("host", "hostaddr", "port", "dbname", "user", "password", "passfile",
            "sslmode", "sslrootcert", "sslcert", "sslkey", "application_name", "connect_timeout", "options",
            "target_session_attrs", "ssl");

    private LibpqKeywords() {
    }

    private static Map<String, String> environment() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("host", "PGHOST");
        variables.put("hostaddr", "PGHOSTADDR");
        variables.put("port", "PGPORT");
        variables.put("user", "PGUSER");
        variables.put("password", "PGPASSWORD");
        variables.put("passfile", "PGPASSFILE");
        variables.put("dbname", "PGDATABASE");
        variables.put("sslmode", "PGSSLMODE");
        variables.put("sslrootcert", "PGSSLROOTCERT");
        variables.put("application_name", "PGAPPNAME");
        variables.put("connect_timeout", "PGCONNECT_TIMEOUT");
        variables.put("options", "PGOPTIONS");
        variables.put("target_session_attrs", "PGTARGETSESSIONATTRS");
        return java.util.Collections.unmodifiableMap(variables);
    }

    /** A variable counts as set when it holds something: an empty PGHOST means what an unset one means to libpq. */
    static boolean isSet(Map<String, String> environment, String variable) {
        String value = environment.get(variable);
        return value != null && !value.isEmpty();
    }
}
