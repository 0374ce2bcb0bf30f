package org.strat.migrate.connect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The target is explicit: empty URLs are refused, and without a URL the PG* variables select a server as libpq would. */
class LibpqEnvironmentTest {

    @TempDir
    Path home;

    private Map<String, String> environment(String... pairs) {
        Map<String, String> environment = new HashMap<>();
        environment.put("HOME", home.toString()); // no ~/.pgpass unless a test writes one
        for (int i = 0; i < pairs.length; i += 2) {
            environment.put(pairs[i], pairs[i + 1]);
        }
        return environment;
    }

    private static DatabaseSettings resolve(Map<String, String> environment, String url) {
        return new DatabaseSettingsResolver(environment).resolve(url).orElseThrow();
    }

    @Test
    void anEmptyUrlOptionIsAnErrorNotTheEmbeddedDatabase() {
        for (String empty : new String[] {"", "   "}) {
            assertThatThrownBy(() -> new DatabaseSettingsResolver(environment()).resolve(empty))
                    .isInstanceOf(InvalidSettingsException.class)
                    .hasMessageStartingWith("--url is empty.");
        }
    }

    @Test
    void anEmptyStratDatabaseUrlIsAnErrorEvenWithPgVariablesSet() {
        assertThatThrownBy(() -> new DatabaseSettingsResolver(environment("STRAT_DATABASE_URL", "", "PGHOST", "db")).resolve(null))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("STRAT_DATABASE_URL is set but empty")
                .hasMessageContaining("unset STRAT_DATABASE_URL");
    }

    @Test
    void withoutAUrlThePgVariablesSelectTheServer() {
        Map<String, String> environment = environment("PGHOST", "db.example.com", "PGPORT", "6543", "PGUSER", "carol",
                "PGDATABASE", "league", "PGPASSWORD", "hunter2");
        DatabaseSettingsResolver resolver = new DatabaseSettingsResolver(environment);

        DatabaseSettings settings = resolver.resolve(null).orElseThrow();

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/league");
        assertThat(settings.user()).isEqualTo("carol");
        assertThat(settings.password()).isEqualTo("hunter2");
        assertThat(settings.source()).isEqualTo(DatabaseSettings.Source.PG_ENVIRONMENT);
        assertThat(settings.displayTarget()).isEqualTo("carol@db.example.com:6543/league");
        assertThat(resolver.pgVariablesSet()).containsExactly("PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE");
    }

    @Test
    void anyOnePgVariableIsEnoughToLeaveTheEmbeddedDatabaseAsLibpqWould() {
        DatabaseSettings settings = resolve(environment("PGUSER", "dave"), null);

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/dave");
    }

    @Test
    void pgSslModeIsHonouredWithAndWithoutAUrlAndTheUrlWins() {
        assertThat(resolve(environment("PGHOST", "db", "PGSSLMODE", "require"), null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/" + System.getProperty("user.name") + "?sslmode=require");
        assertThat(resolve(environment("PGSSLMODE", "verify-full"), "postgresql://u@db/x").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/x?sslmode=verify-full");
        assertThat(resolve(environment("PGSSLMODE", "verify-full"), "postgresql://u@db/x?sslmode=disable").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/x?sslmode=disable");
    }

    @Test
    void aBadSslModeIsRefusedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> resolve(environment("PGHOST", "db", "PGSSLMODE", "required"), null))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("sslmode \"required\" (from PGSSLMODE)")
                .hasMessageContaining("verify-full");
    }

    @Test
    void theOtherLibpqVariablesBecomeTheDriversProperties() {
        Map<String, String> environment = environment("PGHOST", "db", "PGUSER", "u", "PGDATABASE", "x",
                "PGSSLROOTCERT", "/etc/ca.pem", "PGAPPNAME", "deploy", "PGCONNECT_TIMEOUT", "7",
                "PGOPTIONS", "-c search_path=game", "PGTARGETSESSIONATTRS", "read-write");

        assertThat(resolve(environment, null).jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/x?sslrootcert=%2Fetc%2Fca.pem"
                + "&ApplicationName=deploy&connectTimeout=7&loginTimeout=7&options=-c+search_path%3Dgame&targetServerType=primary");
    }

    @Test
    void theUrlsLibpqParametersAreHonoured() {
        String url = "postgresql://u@db/x?sslmode=verify-ca&sslrootcert=/ca.pem&application_name=app&connect_timeout=1"
                + "&options=-c%20statement_timeout%3D0&target_session_attrs=prefer-standby";

        assertThat(resolve(environment(), url).jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/x?sslmode=verify-ca"
                + "&sslrootcert=%2Fca.pem&ApplicationName=app&connectTimeout=2&loginTimeout=2"
                + "&options=-c+statement_timeout%3D0&targetServerType=preferSecondary");
    }

    @Test
    void sslRootCertSystemMeansTheSystemsCertificatesAndVerifyFull() {
        assertThat(resolve(environment(), "postgresql://u@db/x?sslrootcert=system").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/x?sslmode=verify-full&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory");
        assertThatThrownBy(() -> resolve(environment("PGSSLMODE", "require"), "postgresql://u@db/x?sslrootcert=system"))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("needs sslmode=verify-full");
    }

    @Test
    void anUnknownParameterOfALibpqUrlIsRefusedButAJdbcUrlPassesDriverPropertiesOn() {
        assertThatThrownBy(() -> resolve(environment(), "postgresql://u@db/x?sslmdoe=require"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("\"sslmdoe\" in --url is not a connection parameter");
        assertThat(resolve(environment(), "jdbc:postgresql://db/x?user=u&currentSchema=game").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/x?currentSchema=game");
    }

    @Test
    void hostListsAndTheirPortsBecomeTheDriversMultiHostUrl() {
        assertThat(resolve(environment("PGHOST", "a,b", "PGPORT", "5432,5433", "PGUSER", "u"), null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://a:5432,b:5433/u");
        assertThat(resolve(environment(), "postgresql://u@a:5000,b/x").displayTarget()).isEqualTo("u@a:5000,b:5432/x");
        assertThatThrownBy(() -> resolve(environment("PGHOST", "a,b,c", "PGPORT", "1,2", "PGUSER", "u"), null))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("lists 2 ports for 3 host(s)");
    }

    @Test
    void pgHostAddrGivesTheAddressToConnectTo() {
        assertThat(resolve(environment("PGHOST", "db.example.com", "PGHOSTADDR", "10.0.0.5", "PGUSER", "u"), null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://10.0.0.5:5432/u");
    }

    @Test
    void aBadConnectTimeoutIsRefused() {
        assertThatThrownBy(() -> resolve(environment("PGCONNECT_TIMEOUT", "soon"), "postgresql://u@db/x"))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("(from PGCONNECT_TIMEOUT)");
    }

    @Test
    void aPasswordEndingInPercentIsASettingsErrorThatDoesNotShowIt() {
        assertThatThrownBy(() -> resolve(environment(), "postgresql://u:Curve99%@db/x"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("'%' that is not followed by two hex digits")
                .hasMessageNotContaining("Curve99");
    }

    @Test
    void thePasswordFileSuppliesTheMissingPasswordAsLibpqMatchesIt() throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, """
                # comment:*:*:*:nope
                other:5432:*:u:not-this-one
                db\\:weird:*:*:u:escaped-host
                db:*:*:u:pa\\:ss\\\\word
                *:*:*:*:fallback
                """);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));

        assertThat(resolve(environment(), "postgresql://u@db/x").password()).isEqualTo("pa:ss\\word");
        assertThat(resolve(environment("PGHOST", "elsewhere", "PGUSER", "v"), null).password()).isEqualTo("fallback");
        assertThat(resolve(environment("PGPASSWORD", "from-env"), "postgresql://u@db/x").password()).isEqualTo("from-env");
        assertThat(resolve(environment(), "postgresql://u:in-url@db/x").password()).isEqualTo("in-url");
    }

    @Test
    void aPasswordFileOthersCanReadIsIgnoredAsLibpqIgnoresIt() throws Exception {
        Path pgpass = home.resolve("shared-pgpass");
        Files.writeString(pgpass, "*:*:*:*:leaked\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(resolve(environment("PGPASSFILE", pgpass.toString()), "postgresql://u@db/x").password()).isNull();
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        assertThat(resolve(environment("PGPASSFILE", pgpass.toString()), "postgresql://u@db/x").password()).isEqualTo("leaked");
    }

    @Test
    void theEmbeddedDatabasesPassFileLineMatchesAnyConnectionOfItsUser() {
        String line = PgPassFile.anyConnectionLine("postgres", "a:b\\c");

        assertThat(PgPassFile.fields(line)).containsExactly("*", "*", "*", "postgres", "a:b\\c");
    }
}
