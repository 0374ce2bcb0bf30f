package org.strat.migrate.revision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionFileParserTest {

    private static final String FILE = "002_add_parks.sql";

    private static final String HEADER = """
            -- revision: 002
            -- down_revision: 001
            -- message: Add parks
            -- date: 2026-11-26
            """;

    private static final String BODY = """

            -- upgrade

            CREATE TABLE park (id bigint PRIMARY KEY, name text NOT NULL);
            CREATE INDEX park_name ON park (name);

            -- downgrade

            DROP TABLE park;
            """;

    private static final String WELL_FORMED = HEADER + BODY;

    private static void assertMalformed(String content, String... problem) {
        assertThatThrownBy(() -> RevisionFileParser.parse(FILE, content))
                .isInstanceOfSatisfying(MalformedRevisionFileException.class, exception -> {
                    assertThat(exception.fileName()).isEqualTo(FILE);
                    assertThat(exception.getMessage()).startsWith("Revision file " + FILE + ": ").contains(problem);
                });
    }

    @Test
    void parsesAWellFormedFile() {
        RevisionFile file = RevisionFileParser.parse(FILE, WELL_FORMED);

        assertThat(file.id()).isEqualTo("002");
        assertThat(file.downRevisions()).containsExactly("001");
        assertThat(file.message()).isEqualTo("Add parks");
        assertThat(file.date()).isEqualTo("2026-11-26");
        assertThat(file.transactional()).isTrue();
        assertThat(file.upgradeStatements()).containsExactly(
                "CREATE TABLE park (id bigint PRIMARY KEY, name text NOT NULL)",
                "CREATE INDEX park_name ON park (name)");
        assertThat(file.downgradeStatements()).containsExactly("DROP TABLE park");
        assertThat(file.hasDowngrade()).isTrue();
        assertThat(file.fileName()).isEqualTo(FILE);
        assertThat(file.toRevision().label()).isEqualTo("002 (002_add_parks.sql)");
    }

    @Test
    void anEmptyDownRevisionMakesABaseRevision() {
        RevisionFile file = RevisionFileParser.parse("001_teams.sql", HEADER.replace("-- down_revision: 001", "-- down_revision:")
                .replace("-- revision: 002", "-- revision: 001") + BODY);

        assertThat(file.downRevisions()).isEmpty();
        assertThat(file.toRevision().isBase()).isTrue();
    }

    @Test
    void aMergeHeaderListsBothDownRevisions() {
        RevisionFile file = RevisionFileParser.parse(FILE, HEADER.replace("-- down_revision: 001",
                "-- down_revision: 002a, 002b") + BODY);

        assertThat(file.downRevisions()).containsExactly("002a", "002b");
        assertThat(file.toRevision().isMerge()).isTrue();
    }

    @Test
    void transactionalFalseIsRead() {
        RevisionFile file = RevisionFileParser.parse(FILE, HEADER + "-- transactional: false\n" + BODY);

        assertThat(file.transactional()).isFalse();
    }

    @Test
    void transactionalTrueIsTheDefaultAndMayBeSpelledOut() {
        assertThat(RevisionFileParser.parse(FILE, WELL_FORMED).transactional()).isTrue();
        assertThat(RevisionFileParser.parse(FILE, HEADER + "-- transactional: true\n" + BODY).transactional()).isTrue();
    }

    @Test
    void theChecksumIsTheSha256OfTheFile() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(WELL_FORMED.getBytes(StandardCharsets.UTF_8));

        assertThat(RevisionFileParser.parse(FILE, WELL_FORMED).checksum()).isEqualTo(HexFormat.of().formatHex(digest));
    }

    @Test
    void crlfLineEndingsGiveTheSameChecksumAndStatementsAsLf() {
        RevisionFile lf = RevisionFileParser.parse(FILE, WELL_FORMED);
        RevisionFile crlf = RevisionFileParser.parse(FILE, WELL_FORMED.replace("\n", "\r\n"));

        assertThat(crlf.checksum()).isEqualTo(lf.checksum());
        assertThat(crlf.upgradeStatements()).isEqualTo(lf.upgradeStatements());
        assertThat(crlf.downgradeStatements()).isEqualTo(lf.downgradeStatements());
    }

    @Test
    void theChecksumChangesWhenOneByteOfSqlChanges() {
        String changed = WELL_FORMED.replace("name text NOT NULL", "name text NOT NULl");

        assertThat(RevisionFileParser.parse(FILE, changed).checksum())
                .isNotEqualTo(RevisionFileParser.parse(FILE, WELL_FORMED).checksum());
    }

    @Test
    void anEmptyDowngradeSectionParsesWithoutADowngrade() {
        RevisionFile file = RevisionFileParser.parse(FILE, HEADER + "\n-- upgrade\n\nCREATE TABLE park (id int);\n\n-- downgrade\n\n");

        assertThat(file.upgradeStatements()).containsExactly("CREATE TABLE park (id int)");
        assertThat(file.downgradeStatements()).isEmpty();
        assertThat(file.hasDowngrade()).isFalse();
    }

    @Test
    void aDowngradeSectionOfOnlyCommentsHasNoDowngrade() {
        RevisionFile file = RevisionFileParser.parse(FILE, HEADER
                + "\n-- upgrade\nCREATE TABLE park (id int);\n-- downgrade\n-- irreversible: data is dropped\n");

        assertThat(file.hasDowngrade()).isFalse();
    }

    @Test
    void commentsThatLookLikeHeaderLinesAfterTheHeaderAreSql() {
        RevisionFile file = RevisionFileParser.parse(FILE, HEADER
                + "\n-- upgrade\n-- note: parks come from the retrosheet list\nCREATE TABLE park (id int);\n-- downgrade\n");

        assertThat(file.message()).isEqualTo("Add parks");
        assertThat(file.upgradeStatements()).hasSize(1);
    }

    @Test
    void aMessageMayHoldAColon() {
        RevisionFile file = RevisionFileParser.parse(FILE, HEADER.replace("Add parks", "Parks: add dimensions") + BODY);

        assertThat(file.message()).isEqualTo("Parks: add dimensions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"revision", "down_revision", "message", "date"})
    void aMissingHeaderKeyIsRefusedNamingTheKey(String key) {
        String header = HEADER.lines().filter(line -> !line.startsWith("-- " + key + ":"))
                .map(line -> line + "\n").reduce("", String::concat);

        assertMalformed(header + BODY, "no \"-- " + key + ": ...\" line");
    }

    @Test
    void anEmptyMessageIsRefusedLikeAMissingOne() {
        assertMalformed(HEADER.replace("-- message: Add parks", "-- message:") + BODY, "\"-- message: ...\"");
    }

    @Test
    void anUnknownHeaderKeyIsRefused() {
        assertMalformed(HEADER + "-- author: casey\n" + BODY, "unknown header key \"author\"", "down_revision");
    }

    @Test
    void aDuplicateHeaderKeyIsRefused() {
        assertMalformed(HEADER + "-- message: Add parks again\n" + BODY, "\"message\" appears twice");
    }

    @Test
    void aFileWithoutAnUpgradeMarkerIsRefused() {
        assertMalformed(HEADER + "\nCREATE TABLE park (id int);\n-- downgrade\nDROP TABLE park;\n",
                "\"-- upgrade\"", "\"-- downgrade\"");
    }

    @Test
    void aFileWithoutADowngradeMarkerIsRefused() {
        assertMalformed(HEADER + "\n-- upgrade\nCREATE TABLE park (id int);\n", "\"-- upgrade\" line followed by");
    }

    @Test
    void markersInTheWrongOrderAreRefused() {
        assertMalformed(HEADER + "\n-- downgrade\nDROP TABLE park;\n-- upgrade\nCREATE TABLE park (id int);\n",
                "\"-- upgrade\" line followed by a \"-- downgrade\" line");
    }

    @Test
    void aTransactionalValueOtherThanTrueOrFalseIsRefused() {
        assertMalformed(HEADER + "-- transactional: yes\n" + BODY, "\"transactional\" must be true or false, not \"yes\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../001", "00 1", "001;drop", "_001", "0\u00e91"})
    void aRevisionIdWithIllegalCharactersIsRefused(String id) {
        assertMalformed(HEADER.replace("-- revision: 002", "-- revision: " + id) + BODY,
                "revision id \"" + id + "\"", "letters, digits");
    }

    @Test
    void aRevisionIdMayHoldDotsDashesAndUnderscores() {
        RevisionFile file = RevisionFileParser.parse(FILE, HEADER.replace("-- revision: 002", "-- revision: 2026.11-a_1") + BODY);

        assertThat(file.id()).isEqualTo("2026.11-a_1");
    }
}
