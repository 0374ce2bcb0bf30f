package org.strat.migrate.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RevisionGraphTest {

    private static Revision revision(String id, String... downRevisions) {
        return new Revision(id, List.of(downRevisions), "message " + id, id + "_file.sql");
    }

    /** 001 <- 002 <- 003 */
    private static RevisionGraph linear() {
        return RevisionGraph.of(List.of(revision("001"), revision("002", "001"), revision("003", "002")));
    }

    /** 001 <- 002a and 001 <- 002b: two heads. */
    private static RevisionGraph branch() {
        return RevisionGraph.of(List.of(revision("001"), revision("002a", "001"), revision("002b", "001")));
    }

    /** 001 <- 002a, 001 <- 002b, and 003 merging both. */
    private static RevisionGraph diamond() {
        return RevisionGraph.of(List.of(revision("001"), revision("002a", "001"), revision("002b", "001"),
                revision("003", "002a", "002b")));
    }

    private static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }

    @Test
    void topologicalOrderPutsParentsBeforeChildrenWhateverTheInputOrder() {
        List<Revision> revisions = new ArrayList<>(List.of(revision("003", "002"), revision("001"), revision("002", "001")));

        assertThat(ids(RevisionGraph.of(revisions).topologicalOrder())).containsExactly("001", "002", "003");
        Collections.reverse(revisions);
        assertThat(ids(RevisionGraph.of(revisions).topologicalOrder())).containsExactly("001", "002", "003");
    }

    @Test
    void topologicalOrderBreaksTiesByIdSoEveryMachineAgrees() {
        List<Revision> revisions = new ArrayList<>(List.of(revision("003", "002b", "002a"), revision("002b", "001"),
                revision("002a", "001"), revision("001")));

        assertThat(ids(RevisionGraph.of(revisions).topologicalOrder())).containsExactly("001", "002a", "002b", "003");
        Collections.reverse(revisions);
        assertThat(ids(RevisionGraph.of(revisions).topologicalOrder())).containsExactly("001", "002a", "002b", "003");
    }

    @Test
    void topologicalOrderTakesTheSmallestReadyIdNextAcrossSeveralBases() {
        RevisionGraph graph = RevisionGraph.of(List.of(revision("z1"), revision("b2", "a1"), revision("a1")));

        assertThat(ids(graph.topologicalOrder())).containsExactly("a1", "b2", "z1");
    }

    @Test
    void headsAreTheRevisionsNothingBuildsOn() {
        assertThat(ids(linear().heads())).containsExactly("003");
        assertThat(ids(branch().heads())).containsExactly("002a", "002b");
        assertThat(ids(diamond().heads())).containsExactly("003");
    }

    @Test
    void basesAreTheRevisionsWithoutDownRevision() {
        RevisionGraph graph = RevisionGraph.of(List.of(revision("001"), revision("002", "001"), revision("101"),
                revision("003", "002", "101")));

        assertThat(ids(graph.bases())).containsExactly("001", "101");
        assertThat(ids(graph.heads())).containsExactly("003");
        assertThat(ids(diamond().bases())).containsExactly("001");
    }

    @Test
    void singleHeadReturnsTheOnlyHead() {
        assertThat(linear().singleHead("head").id()).isEqualTo("003");
        assertThat(diamond().singleHead(null).id()).isEqualTo("003");
    }

    @Test
    void singleHeadWithTwoHeadsNamesBothAndSuggestsMerge() {
        MultipleHeadsException exception = catchThrowableOfType(MultipleHeadsException.class,
                () -> branch().singleHead("head"));

        assertThat(ids(exception.heads())).containsExactly("002a", "002b");
        assertThat(exception.getMessage())
                .contains("002a (002a_file.sql)", "002b (002b_file.sql)")
                .contains("stratdb merge 002a 002b")
                .contains("\"head\"");
    }

    @Test
    void resolveFindsAnExactId() {
        RevisionGraph graph = RevisionGraph.of(List.of(revision("001"), revision("0011", "001")));

        assertThat(graph.resolve("001").id()).isEqualTo("001");
        assertThat(graph.resolve("0011").id()).isEqualTo("0011");
    }

    @Test
    void resolveFindsARevisionByAUniquePrefix() {
        RevisionGraph graph = RevisionGraph.of(List.of(revision("3f2a91c0"), revision("9c01aa77", "3f2a91c0")));

        assertThat(graph.resolve("3f").id()).isEqualTo("3f2a91c0");
        assertThat(graph.resolve("9c01").id()).isEqualTo("9c01aa77");
    }

    @Test
    void resolveRefusesAnAmbiguousPrefixListingTheCandidates() {
        UnknownRevisionException exception = catchThrowableOfType(UnknownRevisionException.class,
                () -> branch().resolve("002"));

        assertThat(exception.argument()).isEqualTo("002");
        assertThat(exception.getMessage()).contains("Ambiguous revision \"002\"", "002a, 002b", "more characters");
    }

    @Test
    void resolveRefusesAnUnknownIdPointingToHistory() {
        UnknownRevisionException exception = catchThrowableOfType(UnknownRevisionException.class,
                () -> linear().resolve("zzz"));

        assertThat(exception.argument()).isEqualTo("zzz");
        assertThat(exception.getMessage()).contains("Unknown revision \"zzz\"", "stratdb history");
    }

    @Test
    void getRefusesAnUnknownIdAndContainsSaysSo() {
        RevisionGraph graph = linear();

        assertThat(graph.contains("002")).isTrue();
        assertThat(graph.contains("00")).isFalse();
        assertThatThrownBy(() -> graph.get("00")).isInstanceOf(UnknownRevisionException.class);
        assertThat(graph.position("003")).isEqualTo(2);
    }

    @Test
    void ancestorsInclusiveFollowsEveryParentOfAMerge() {
        RevisionGraph graph = diamond();

        assertThat(graph.ancestorsInclusive("003")).containsExactlyInAnyOrder("001", "002a", "002b", "003");
        assertThat(graph.ancestorsInclusive("002b")).containsExactlyInAnyOrder("001", "002b");
        assertThat(graph.ancestorsInclusive("001")).containsExactly("001");
    }

    @Test
    void headsOfAnAppliedSetAreTheCurrentRevisions() {
        assertThat(ids(linear().headsOf(Set.of("001", "002")))).containsExactly("002");
        assertThat(ids(linear().headsOf(Set.of()))).isEmpty();
        assertThat(ids(branch().headsOf(Set.of("001", "002a", "002b")))).containsExactly("002a", "002b");
        assertThat(ids(diamond().headsOf(Set.of("001", "002b")))).containsExactly("002b");
    }

    @Test
    void headsOfAfterAMergeIsTheMergeAlone() {
        assertThat(ids(diamond().headsOf(Set.of("001", "002a", "002b", "003")))).containsExactly("003");
    }

    @Test
    void headsOfRefusesAnAppliedRevisionTheGraphDoesNotHave() {
        assertThatThrownBy(() -> linear().headsOf(Set.of("001", "999")))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessageContaining("999");
    }

    @Test
    void upgradePathAppliesEveryAncestorParentsFirst() {
        assertThat(ids(linear().upgradePath(Set.of(), List.of("003")))).containsExactly("001", "002", "003");
        assertThat(ids(linear().upgradePath(Set.of(), List.of("002")))).containsExactly("001", "002");
    }

    @Test
    void upgradePathThroughAMergeAppliesEachBranchOnce() {
        assertThat(ids(diamond().upgradePath(Set.of(), List.of("003")))).containsExactly("001", "002a", "002b", "003");
    }

    @Test
    void upgradePathSkipsWhatIsAlreadyApplied() {
        assertThat(ids(diamond().upgradePath(Set.of("001", "002a"), List.of("003")))).containsExactly("002b", "003");
        assertThat(ids(linear().upgradePath(Set.of("001", "002", "003"), List.of("003")))).isEmpty();
    }

    @Test
    void upgradePathToSeveralHeadsAppliesEachOnce() {
        assertThat(ids(branch().upgradePath(Set.of("001"), List.of("002a", "002b")))).containsExactly("002a", "002b");
    }

    @Test
    void downgradePathRemovesChildrenFirst() {
        RevisionGraph graph = linear();

        assertThat(ids(graph.downgradePath(Set.of("001", "002", "003"), graph.ancestorsInclusive("001"))))
                .containsExactly("003", "002");
        assertThat(ids(graph.downgradePath(Set.of("001", "002", "003"), Set.of()))).containsExactly("003", "002", "001");
    }

    @Test
    void downgradingToOneBranchOfAMergeKeepsThatBranchsAncestors() {
        RevisionGraph graph = diamond();
        Set<String> applied = Set.of("001", "002a", "002b", "003");

        assertThat(ids(graph.downgradePath(applied, graph.ancestorsInclusive("002a")))).containsExactly("003", "002b");
    }

    @Test
    void downgradePathIgnoresRevisionsThatAreNotApplied() {
        RevisionGraph graph = branch();

        assertThat(ids(graph.downgradePath(Set.of("001", "002a"), Set.of()))).containsExactly("002a", "001");
    }

    @Test
    void aDuplicateIdIsRefusedNamingBothFiles() {
        List<Revision> revisions = List.of(revision("001"),
                new Revision("002", List.of("001"), "parks", "002_parks.sql"),
                new Revision("002", List.of("001"), "weather", "002_weather.sql"));

        assertThatThrownBy(() -> RevisionGraph.of(revisions))
                .isInstanceOf(BrokenRevisionGraphException.class)
                .hasMessageContaining("Duplicate revision id \"002\"")
                .hasMessageContaining("002_parks.sql")
                .hasMessageContaining("002_weather.sql");
    }

    @Test
    void aMissingDownRevisionIsRefusedNamingTheFileAndTheParent() {
        List<Revision> revisions = List.of(revision("001"), revision("003", "002"));

        assertThatThrownBy(() -> RevisionGraph.of(revisions))
                .isInstanceOf(BrokenRevisionGraphException.class)
                .hasMessageContaining("003 (003_file.sql)")
                .hasMessageContaining("down_revision \"002\"");
    }

    @Test
    void aCycleIsRefusedNamingOnlyTheRevisionsInIt() {
        List<Revision> revisions = List.of(revision("001"), revision("002", "001", "004"), revision("003", "002"),
                revision("004", "003"), revision("005", "004"));

        RevisionCycleException exception = catchThrowableOfType(RevisionCycleException.class,
                () -> RevisionGraph.of(revisions));

        assertThat(ids(exception.revisions())).containsExactly("002", "003", "004");
        assertThat(exception.getMessage())
                .contains("002 (002_file.sql)", "003 (003_file.sql)", "004 (004_file.sql)")
                .doesNotContain("005");
    }

    @Test
    void aRevisionThatIsItsOwnDownRevisionIsACycle() {
        RevisionCycleException exception = catchThrowableOfType(RevisionCycleException.class,
                () -> RevisionGraph.of(List.of(revision("001"), revision("002", "002"))));

        assertThat(ids(exception.revisions())).containsExactly("002");
    }

    @Test
    void anEmptyGraphHasNoRevisionsHeadsOrBases() {
        RevisionGraph graph = RevisionGraph.of(List.of());

        assertThat(graph.isEmpty()).isTrue();
        assertThat(graph.topologicalOrder()).isEmpty();
        assertThat(graph.heads()).isEmpty();
        assertThat(graph.bases()).isEmpty();
        assertThat(graph.singleHead("head")).isNull();
        assertThat(graph.upgradePath(Set.of(), List.of())).isEmpty();
        assertThatThrownBy(() -> graph.resolve("001")).isInstanceOf(UnknownRevisionException.class);
    }
}
