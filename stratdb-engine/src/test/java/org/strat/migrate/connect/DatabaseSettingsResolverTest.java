package org.strat.migrate.connect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseSettingsResolverTest {

    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    private static DatabaseSettings resolve(String url, Map<String, String> environment) {
        return new DatabaseSettingsResolver(environment).resolve(url).orElseThrow();
    }

    private static DatabaseSettings resolve(String url) {
        return resolve(url, NO_ENVIRONMENT);
    }

    @Test
    void theUrlOptionWinsOverTheEnvironmentVariable() {
        Map<String, String> environment = Map.of("STRAT_DATABASE_URL", "postgresql://alice@envhost/envdb");

        DatabaseSettings settings = resolve("postgresql://alice@opthost/optdb", environment);

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://opthost:5432/optdb");
        assertThat(settings.source()).isEqualTo(DatabaseSettings.Source.URL_OPTION);
    }

    @Test
    void theEnvironmentVariableIsUsedWhenThereIsNoUrlOption() {
        Map<String, String> environment = Map.of("STRAT_DATABASE_URL", " postgresql://alice@envhost/envdb ");
        DatabaseSettingsResolver resolver = new DatabaseSettingsResolver(environment);

        assertThat(resolver.resolve(null).orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://envhost:5432/envdb");
        assertThat(resolver.resolve(null).orElseThrow().source()).isEqualTo(DatabaseSettings.Source.ENVIRONMENT);
    }

    @Test
    void withNoUrlAndNoPgVariableTheResultIsEmptySoTheCallerUsesTheEmbeddedDatabase() {
        assertThat(new DatabaseSettingsResolver(NO_ENVIRONMENT).resolve(null)).isEmpty();
        assertThat(new DatabaseSettingsResolver(Map.of("PGHOST", "", "HOME", "/root")).resolve(null))
                .as("an empty PG* variable means what an unset one means to libpq").isEmpty();
    }

    @Test
    void aLibpqUrlGivesHostPortDatabaseUserAndPassword() {
        DatabaseSettings settings = resolve("postgresql://alice:secret@db.example.com:5433/league");

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/league");
        assertThat(settings.user()).isEqualTo("alice");
        assertThat(settings.password()).isEqualTo("secret");
    }

    @Test
    void thePostgresSchemeIsAcceptedLikePostgresql() {
        DatabaseSettings settings = resolve("postgres://alice:secret@db.example.com:5433/league");

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/league");
        assertThat(settings.user()).isEqualTo("alice");
        assertThat(settings.password()).isEqualTo("secret");
    }

    @Test
    void aJdbcUrlTakesUserAndPasswordFromItsParameters() {
        DatabaseSettings settings = resolve("jdbc:postgresql://db.example.com:5433/league?user=alice&password=secret");

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/league");
        assertThat(settings.user()).isEqualTo("alice");
        assertThat(settings.password()).isEqualTo("secret");
    }

    @Test
    void pgUserAndPgPasswordFillInWhenTheUrlHasNone() {
        Map<String, String> environment = Map.of("PGUSER", "bob", "PGPASSWORD", "hunter2");

        DatabaseSettings settings = resolve("postgresql://db.example.com/league", environment);

        assertThat(settings.user()).isEqualTo("bob");
        assertThat(settings.password()).isEqualTo("hunter2");
    }

    @Test
    void theUrlsUserAndPasswordWinOverPgUserAndPgPassword() {
        Map<String, String> environment = Map.of("PGUSER", "bob", "PGPASSWORD", "hunter2");

        assertThat(resolve("postgresql://alice:secret@db.example.com/league", environment))
                .extracting(DatabaseSettings::user, DatabaseSettings::password).containsExactly("alice", "secret");
        assertThat(resolve("jdbc:postgresql://db.example.com/league?user=alice&password=secret", environment))
                .extracting(DatabaseSettings::user, DatabaseSettings::password).containsExactly("alice", "secret");
    }

    @Test
    void pgHostPgPortAndPgDatabaseFillTheGaps() {
        Map<String, String> environment = Map.of("PGHOST", "pghost", "PGPORT", "6543", "PGDATABASE", "stats", "PGUSER", "carol");

        assertThat(resolve("postgresql:///", environment).jdbcUrl()).isEqualTo("jdbc:postgresql://pghost:6543/stats");
        assertThat(resolve("postgresql://urlhost:7000/league", environment).jdbcUrl())
                .isEqualTo("jdbc:postgresql://urlhost:7000/league");
    }

    @Test
    void aPgHostThatIsASocketDirectoryIsRefusedNamingTheFixBecauseTheJavaDriverCannotUseSockets() {
        Map<String, String> environment = Map.of("PGHOST", "/var/run/postgresql", "PGUSER", "carol");

        assertThatThrownBy(() -> resolve("postgresql:///league", environment))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("\"/var/run/postgresql\" (from PGHOST) is a Unix-domain socket directory")
                .hasMessageContaining("PGHOST=localhost");
        assertThatThrownBy(() -> resolve("postgresql://%2Fvar%2Frun%2Fpostgresql/league"))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("(from --url)");
    }

    @Test
    void thePortDefaultsTo5432AndTheDatabaseToTheUserName() {
        assertThat(resolve("postgresql://alice@db.example.com").jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/alice");
        assertThat(resolve("postgresql:///", Map.of("PGUSER", "dave")).jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/dave");
    }

    @Test
    void percentEncodedCharactersInTheUserAndPasswordAreDecoded() {
        DatabaseSettings settings = resolve("postgresql://al%20ice:p%40ss%3Aw%2Frd%23@db.example.com/league");

        assertThat(settings.user()).isEqualTo("al ice");
        assertThat(settings.password()).isEqualTo("p@ss:w/rd#");
    }

    @Test
    void aPlusInThePasswordStaysAPlus() {
        assertThat(resolve("postgresql://alice:p+ss@db.example.com/league").password()).isEqualTo("p+ss");
    }

    @Test
    void aPercentEncodedDatabaseNameStaysEncodedInTheJdbcUrl() {
        assertThat(resolve("postgresql://alice@db.example.com/my%20league").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example.com:5432/my%20league");
    }

    @Test
    void anIpv6HostIsBracketedOnce() {
        assertThat(resolve("postgresql://alice@[::1]:5433/league").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/league");
        assertThat(resolve("postgresql:///league", Map.of("PGHOST", "::1", "PGUSER", "alice")).jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5432/league");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "postgresql://alice:se cret@db.example.com/league",
            "postgresql://alice:se<cret@db.example.com/league",
            "postgresql://alice:se#cret@db.example.com/league"})
    void aUrlWithIllegalCharactersIsRefusedWithoutShowingThePassword(String url) {
        assertThatThrownBy(() -> new DatabaseSettingsResolver(NO_ENVIRONMENT).resolve(url))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("--url")
                .hasMessageContaining("Percent-encode")
                .hasMessageNotContaining("cret");
    }

    @Test
    void aRawAtSignInThePasswordIsReadUpToTheLastAtSign() {
        DatabaseSettings settings = resolve("postgresql://alice:se@cret@db_primary:5433/league");
        assertThat(settings.password()).isEqualTo("se@cret");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db_primary:5433/league");
    }

    @Test
    void aUrlWhoseHostOrPortCannotBeReadIsRefusedRatherThanIgnored() {
        Map<String, String> environment = Map.of("STRAT_DATABASE_URL", "postgresql://alice:secret@db.example.com:port/league");

        assertThatThrownBy(() -> new DatabaseSettingsResolver(environment).resolve(null))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("STRAT_DATABASE_URL")
                .hasMessageNotContaining("secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://alice:secret@db.example.com/league", "jdbc:mysql://db.example.com/league?password=secret",
            "db.example.com:5432/league"})
    void aSchemeOtherThanPostgresqlIsRefused(String url) {
        assertThatThrownBy(() -> resolve(url))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("--url must look like postgresql://")
                .hasMessageNotContaining("secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "70000", "-1"})
    void aBadPgPortIsRefusedNamingIt(String port) {
        Map<String, String> environment = Map.of("PGPORT", port);

        assertThatThrownBy(() -> resolve("postgresql://alice@db.example.com/league", environment))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("PGPORT \"" + port + "\"")
                .hasMessageContaining("--url");
    }

    @Test
    void aPortInTheUrlMakesPgPortIrrelevant() {
        assertThat(resolve("postgresql://alice@db.example.com:5433/league", Map.of("PGPORT", "abc")).jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example.com:5433/league");
    }

    @Test
    void libpqQueryParametersBecomeTheDriversProperties() {
        DatabaseSettings settings = resolve("postgresql://alice:secret@db.example.com/league?sslmode=require&application_name=stratdb");

        assertThat(settings.jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example.com:5432/league?sslmode=require&ApplicationName=stratdb");
    }

    @Test
    void userAndPasswordParametersAreTakenOutOfTheJdbcUrl() {
        DatabaseSettings settings = resolve("jdbc:postgresql://db.example.com/league?user=alice&sslmode=require&password=secret");

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/league?sslmode=require");
        assertThat(settings.password()).isEqualTo("secret");
    }

    @Test
    void toStringAndDisplayUrlNeverContainThePassword() {
        DatabaseSettings settings = resolve("postgresql://alice:secret@db.example.com/league?sslmode=require");

        assertThat(settings.toString()).doesNotContain("secret").contains("db.example.com", "alice", "--url");
        assertThat(settings.displayUrl()).doesNotContain("secret");
    }

    @Test
    void displayUrlMasksAPasswordGivenInTheJdbcUrlItself() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://db.example.com:5432/league?password=secret",
                "alice", "secret", DatabaseSettings.Source.URL_OPTION);

        assertThat(settings.displayUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/league?password=***");
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void displayUserNamesTheDefaultWhenThereIsNoUser() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://localhost:5432/x", null, null,
                DatabaseSettings.Source.EMBEDDED);

        assertThat(settings.displayUser()).isEqualTo("(default user)");
        assertThat(settings.toString()).contains("the embedded database");
    }
}
