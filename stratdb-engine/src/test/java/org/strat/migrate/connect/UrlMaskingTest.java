package org.strat.migrate.connect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlMaskingTest {

    @Test
    void masksThePasswordInTheUserinfo() {
        assertThat(UrlMasking.mask("postgresql://alice:secret@db.example.com:5432/league"))
                .isEqualTo("postgresql://alice:***@db.example.com:5432/league");
    }

    @Test
    void masksAPasswordThatHoldsARawAtSign() {
        assertThat(UrlMasking.mask("postgresql://alice:se@cret@db.example.com/league"))
                .isEqualTo("postgresql://alice:***@db.example.com/league");
    }

    @Test
    void masksEveryUrlInAMessage() {
        assertThat(UrlMasking.mask("from postgres://alice:one@a/x to postgres://bob:two@b/y failed"))
                .isEqualTo("from postgres://alice:***@a/x to postgres://bob:***@b/y failed");
    }

    @Test
    void leavesAUserWithoutPasswordAndAPortAlone() {
        assertThat(UrlMasking.mask("postgresql://alice@db.example.com:5432/league"))
                .isEqualTo("postgresql://alice@db.example.com:5432/league");
        assertThat(UrlMasking.mask("jdbc:postgresql://db.example.com:5432/league?user=alice"))
                .isEqualTo("jdbc:postgresql://db.example.com:5432/league?user=alice");
    }

    @Test
    void masksPasswordParametersWhateverTheirCase() {
        assertThat(UrlMasking.mask("jdbc:postgresql://db/league?user=alice&password=secret&sslmode=require"))
                .isEqualTo("jdbc:postgresql://db/league?user=alice&password=***&sslmode=require");
        assertThat(UrlMasking.mask("jdbc:postgresql://db/league?PASSWORD=secret"))
                .isEqualTo("jdbc:postgresql://db/league?PASSWORD=***");
    }

    @Test
    void masksBothFormsInOneUrl() {
        assertThat(UrlMasking.mask("postgresql://alice:one@db/league?password=two"))
                .isEqualTo("postgresql://alice:***@db/league?password=***");
    }

    @Test
    void leavesTextWithoutUrlsAloneAndPassesNullThrough() {
        assertThat(UrlMasking.mask("relation \"park\" does not exist")).isEqualTo("relation \"park\" does not exist");
        assertThat(UrlMasking.mask(null)).isNull();
    }

    @Test
    void scrubRemovesTheLiteralPasswordWhereverItAppears() {
        assertThat(UrlMasking.scrub("FATAL: password authentication failed (tried s3cr3t!) for alice", "s3cr3t!"))
                .isEqualTo("FATAL: password authentication failed (tried ***) for alice");
    }

    @Test
    void scrubAlsoMasksUrls() {
        assertThat(UrlMasking.scrub("cannot reach postgresql://alice:other@db/league", "s3cr3t"))
                .isEqualTo("cannot reach postgresql://alice:***@db/league");
    }

    @Test
    void scrubWithoutAPasswordOnlyMasks() {
        assertThat(UrlMasking.scrub("postgresql://alice:secret@db/league", null)).isEqualTo("postgresql://alice:***@db/league");
        assertThat(UrlMasking.scrub("no secrets here", "")).isEqualTo("no secrets here");
        assertThat(UrlMasking.scrub(null, "secret")).isNull();
    }
}
