package org.strat.migrate.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The revisions and their down_revision links, checked and ordered; pure, no I/O, immutable and thread-safe.
 *
 * <p>Order comes from the links alone: parents before children, ties broken by id so that every machine
 * computes the same order.
 */
public final class RevisionGraph {

    private final Map<String, Revision> byId;
    private final Map<String, List<Revision>> children;
    private final List<Revision> order;

    private RevisionGraph(Map<String, Revision> byId) {
        this.byId = byId;
        this.children = childrenOf(byId);
        this.order = topologicalSort();
    }

    /** Builds the graph, or throws naming the files that break it (duplicate id, missing parent, cycle). */
    public static RevisionGraph of(Collection<Revision> revisions) {
        Map<String, Revision> byId = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            Revision previous = byId.putIfAbsent(revision.id(), revision);
            if (previous != null) {
                throw BrokenRevisionGraphException.duplicateId(previous, revision);
            }
        }
        for (Revision revision : byId.values()) {
            for (String parent : revision.downRevisions()) {
                if (!byId.containsKey(parent)) {
                    throw BrokenRevisionGraphException.missingParent(revision, parent);
                }
            }
        }
        return new RevisionGraph(byId);
    }

    private static Map<String, List<Revision>> childrenOf(Map<String, Revision> byId) {
        Map<String, List<Revision>> children = new HashMap<>();
        for (Revision revision : byId.values()) {
            for (String parent : revision.downRevisions()) {
                children.computeIfAbsent(parent, key -> new ArrayList<>()).add(revision);
            }
        }
        return children;
    }

    private List<Revision> topologicalSort() {
        Map<String, Integer> pendingParents = new HashMap<>();
        PriorityQueue<Revision> ready = new PriorityQueue<>(Comparator.comparing(Revision::id));
        for (Revision revision : byId.values()) {
            pendingParents.put(revision.id(), new HashSet<>(revision.downRevisions()).size());
            if (revision.isBase()) {
                ready.add(revision);
            }
        }
        List<Revision> sorted = new ArrayList<>(byId.size());
        while (!ready.isEmpty()) {
            Revision next = ready.poll();
            sorted.add(next);
            for (Revision child : children.getOrDefault(next.id(), List.of())) {
                if (pendingParents.merge(child.id(), -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (sorted.size() < byId.size()) {
            // Revisions left unsorted are in a cycle or build on one; only the former need a fix.
            List<Revision> inCycle = byId.values().stream().filter(revision -> !sorted.contains(revision))
                    .filter(revision -> revision.downRevisions().stream()
                            .anyMatch(parent -> ancestorsInclusive(parent).contains(revision.id())))
                    .sorted(Comparator.comparing(Revision::id)).toList();
            throw new RevisionCycleException(inCycle);
        }
        return List.copyOf(sorted);
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Every revision, parents before children. */
    public List<Revision> topologicalOrder() {
        return order;
    }

    public Revision get(String id) {
        Revision revision = byId.get(id);
        if (revision == null) {
            throw new UnknownRevisionException(id, List.of());
        }
        return revision;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Revisions that no other revision builds on, in topological order. */
    public List<Revision> heads() {
        return order.stream().filter(revision -> !children.containsKey(revision.id())).toList();
    }

    public List<Revision> bases() {
        return order.stream().filter(Revision::isBase).toList();
    }

    /** The one head, or {@link MultipleHeadsException} naming them all; empty graphs have none. */
    public Revision singleHead(String argument) {
        List<Revision> heads = heads();
        if (heads.size() > 1) {
            throw new MultipleHeadsException(heads, argument);
        }
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** Resolves a full id or a unique prefix of one. */
    public Revision resolve(String argument) {
        Revision exact = byId.get(argument);
        if (exact != null) {
            return exact;
        }
        List<String> candidates = byId.keySet().stream().filter(id -> id.startsWith(argument)).sorted().toList();
        if (candidates.size() != 1) {
            throw new UnknownRevisionException(argument, candidates);
        }
        return byId.get(candidates.get(0));
    }

    /** The revision and everything it builds on, directly or not. */
    public Set<String> ancestorsInclusive(String id) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(get(next).downRevisions());
            }
        }
        return seen;
    }

    /** Of a set of revisions, the ones that none of the others builds on: the database's "current" revisions. */
    public List<Revision> headsOf(Set<String> ids) {
        Set<String> covered = new HashSet<>();
        for (String id : ids) {
            for (String parent : get(id).downRevisions()) {
                covered.addAll(ancestorsInclusive(parent));
            }
        }
        return order.stream().filter(revision -> ids.contains(revision.id()) && !covered.contains(revision.id()))
                .toList();
    }

    /** The position of a revision in {@link #topologicalOrder()}. */
    public int position(String id) {
        return order.indexOf(get(id));
    }

    /** What upgrading to {@code targets} applies: their ancestors (themselves included) not yet applied, parents first. */
    public List<Revision> upgradePath(Set<String> applied, Collection<String> targets) {
        Set<String> wanted = new HashSet<>();
        for (String target : targets) {
            wanted.addAll(ancestorsInclusive(target));
        }
        return order.stream().filter(revision -> wanted.contains(revision.id()) && !applied.contains(revision.id()))
                .toList();
    }

    /** What downgrading to {@code keep} removes: applied revisions outside {@code keep}, children first. */
    public List<Revision> downgradePath(Set<String> applied, Set<String> keep) {
        List<Revision> remove = new ArrayList<>(order.stream()
                .filter(revision -> applied.contains(revision.id()) && !keep.contains(revision.id())).toList());
        java.util.Collections.reverse(remove);
        return remove;
    }
}
