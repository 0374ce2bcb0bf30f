package org.strat.migrate.sql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlStatementsTest {

    @Test
    void splitsAtTopLevelSemicolons() {
        assertThat(SqlStatements.split("CREATE TABLE team (id int);\nCREATE TABLE park (id int);\n"))
                .containsExactly("CREATE TABLE team (id int)", "CREATE TABLE park (id int)");
    }

    @Test
    void emptyStatementsBetweenSemicolonsAreDropped() {
        assertThat(SqlStatements.split(";; SELECT 1;;\n;")).containsExactly("SELECT 1");
    }

    @Test
    void aTrailingStatementWithoutSemicolonIsKept() {
        assertThat(SqlStatements.split("SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void anEmptyTextYieldsNothing() {
        assertThat(SqlStatements.split("")).isEmpty();
        assertThat(SqlStatements.split("  \n\t\n")).isEmpty();
    }

    @Test
    void aCommentOnlyTextYieldsNothing() {
        assertThat(SqlStatements.split("-- nothing to undo; the table stays\n/* really; nothing */\n")).isEmpty();
    }

    @Test
    void semicolonsInsideSingleQuotesDoNotSplit() {
        assertThat(SqlStatements.split("INSERT INTO team (name) VALUES ('Cubs; Chicago');SELECT 2;"))
                .containsExactly("INSERT INTO team (name) VALUES ('Cubs; Chicago')", "SELECT 2");
    }

    @Test
    void doubledQuotesStayInsideTheString() {
        assertThat(SqlStatements.split("INSERT INTO player (name) VALUES ('O''Neil; Paul');SELECT 2;"))
                .containsExactly("INSERT INTO player (name) VALUES ('O''Neil; Paul')", "SELECT 2");
    }

    @Test
    void backslashEscapedQuotesInEscapeStringsStayInsideTheString() {
        assertThat(SqlStatements.split("INSERT INTO player (name) VALUES (E'O\\'Neil; Paul\\\\');SELECT 2;"))
                .containsExactly("INSERT INTO player (name) VALUES (E'O\\'Neil; Paul\\\\')", "SELECT 2");
        assertThat(SqlStatements.split("SELECT e'\\';';SELECT 2;")).containsExactly("SELECT e'\\';'", "SELECT 2");
    }

    @Test
    void backslashesInPlainStringsAreLiteral() {
        // standard_conforming_strings is on by default since PostgreSQL 9.1: 'C:\' ends at the second quote.
        assertThat(SqlStatements.split("SELECT 'C:\\';SELECT 2;")).containsExactly("SELECT 'C:\\'", "SELECT 2");
        assertThat(SqlStatements.split("SELECT name'x;y' FROM t;SELECT 2;"))
                .containsExactly("SELECT name'x;y' FROM t", "SELECT 2");
    }

    @Test
    void semicolonsInsideDoubleQuotedIdentifiersDoNotSplit() {
        assertThat(SqlStatements.split("CREATE TABLE \"odd;name\" (\"a\"\"b;\" int);SELECT 2;"))
                .containsExactly("CREATE TABLE \"odd;name\" (\"a\"\"b;\" int)", "SELECT 2");
    }

    @Test
    void semicolonsInsideLineCommentsDoNotSplit() {
        assertThat(SqlStatements.split("SELECT 1 -- one; two\n, 2;\nSELECT 3;"))
                .containsExactly("SELECT 1 -- one; two\n, 2", "SELECT 3");
    }

    @Test
    void quotesInsideLineCommentsDoNotOpenAString() {
        assertThat(SqlStatements.split("SELECT 1; -- don't\nSELECT 2;")).containsExactly("SELECT 1", "-- don't\nSELECT 2");
    }

    @Test
    void semicolonsInsideNestedBlockCommentsDoNotSplit() {
        assertThat(SqlStatements.split("SELECT /* outer; /* inner; */ still; */ 1;SELECT 2;"))
                .containsExactly("SELECT /* outer; /* inner; */ still; */ 1", "SELECT 2");
    }

    @Test
    void semicolonsInsideDollarQuotedBodiesDoNotSplit() {
        assertThat(SqlStatements.split("DO $$ BEGIN PERFORM 1; PERFORM 2; END $$;SELECT 2;"))
                .containsExactly("DO $$ BEGIN PERFORM 1; PERFORM 2; END $$", "SELECT 2");
    }

    @Test
    void aTaggedDollarQuoteEndsOnlyAtTheSameTag() {
        assertThat(SqlStatements.split("DO $body$ BEGIN RAISE NOTICE $$a;b$$; END $body$;SELECT 2;"))
                .containsExactly("DO $body$ BEGIN RAISE NOTICE $$a;b$$; END $body$", "SELECT 2");
    }

    @Test
    void positionalParametersAreNotDollarQuotes() {
        assertThat(SqlStatements.split("PREPARE p (int, int) AS SELECT $1 + $2;SELECT $1;SELECT 3;"))
                .containsExactly("PREPARE p (int, int) AS SELECT $1 + $2", "SELECT $1", "SELECT 3");
    }

    @Test
    void aDollarSignInsideAnIdentifierIsNotADollarQuote() {
        assertThat(SqlStatements.split("SELECT a$b$ FROM t;SELECT 2;")).containsExactly("SELECT a$b$ FROM t", "SELECT 2");
    }

    @Test
    void aCreateFunctionBodyWithSemicolonsStaysOneStatement() {
        String function = """
                CREATE FUNCTION batting_average(hits int, at_bats int) RETURNS numeric
                LANGUAGE plpgsql AS $fn$
                BEGIN
                    IF at_bats = 0 THEN
                        RETURN NULL; -- no ';' split here
                    END IF;
                    RETURN round(hits::numeric / at_bats, 3);
                END;
                $fn$""";

        assertThat(SqlStatements.split(function + ";\n\nSELECT batting_average(1, 3);\n"))
                .containsExactly(function, "SELECT batting_average(1, 3)");
    }

    @Test
    void statementsKeepTheirLeadingCommentsSoErrorsCanQuoteThem() {
        assertThat(SqlStatements.split("-- parks\nCREATE TABLE park (id int);"))
                .containsExactly("-- parks\nCREATE TABLE park (id int)");
    }
}
