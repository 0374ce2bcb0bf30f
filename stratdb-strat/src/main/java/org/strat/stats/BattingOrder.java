package org.strat.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts a team's batting lines in the order a box score prints them: by slot, and within a slot the starter
 * first with each substitute under the man he replaced, indented one level per substitution.
 */
final class BattingOrder {

    /** A batting line with the lineup links that place it. */
    record Entry(BattingLine line, Integer replacingId, Integer enteredGameAt) {

        int lineupId() {
            return line.lineupId();
        }
    }

    // Starters have no entry play; substitutes come in play order, and the id breaks ties (two at the same play).
    private static final Comparator<Entry> APPEARANCE = Comparator
            .comparing(Entry::enteredGameAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Entry::lineupId);

    private BattingOrder() {
    }

    static List<BattingLine> arrange(List<Entry> entries) {
        Map<Integer, Entry> byId = new HashMap<>();
        entries.forEach(entry -> byId.put(entry.lineupId(), entry));
        Map<Integer, List<Entry>> slots = new TreeMap<>();
        for (Entry entry : entries) {
            slots.computeIfAbsent(slotOf(entry, byId), slot -> new ArrayList<>()).add(entry);
        }
        List<BattingLine> arranged = new ArrayList<>();
        slots.values().forEach(slot -> arrangeSlot(slot, arranged));
        return arranged;
    }

    /** The entry's own slot, else the slot of the man it replaced (a pinch runner recorded without one); unknown last. */
    private static int slotOf(Entry entry, Map<Integer, Entry> byId) {
        Entry current = entry;
        for (int hops = 0; current != null && hops <= byId.size(); hops++) {
            if (current.line().battingOrder() != null) {
                return current.line().battingOrder();
            }
            current = current.replacingId() == null ? null : byId.get(current.replacingId());
        }
        return Integer.MAX_VALUE;
    }

    private static void arrangeSlot(List<Entry> slot, List<BattingLine> arranged) {
        Set<Integer> inSlot = new HashSet<>();
        slot.forEach(entry -> inSlot.add(entry.lineupId()));
        Map<Integer, List<Entry>> substitutes = new HashMap<>();
        List<Entry> roots = new ArrayList<>();
        for (Entry entry : slot) {
            if (entry.replacingId() != null && inSlot.contains(entry.replacingId())) {
                substitutes.computeIfAbsent(entry.replacingId(), id -> new ArrayList<>()).add(entry);
            } else {
                roots.add(entry);
            }
        }
        Set<Integer> placed = new LinkedHashSet<>();
        roots.sort(APPEARANCE);
        roots.forEach(root -> place(root, 0, substitutes, placed, arranged));
        // Entries that replace each other in a loop (bad data) have no root; they still belong in the box.
        slot.stream().filter(entry -> !placed.contains(entry.lineupId())).sorted(APPEARANCE)
                .forEach(entry -> place(entry, 0, substitutes, placed, arranged));
    }

    private static void place(Entry entry, int depth, Map<Integer, List<Entry>> substitutes, Set<Integer> placed,
                              List<BattingLine> arranged) {
        if (!placed.add(entry.lineupId())) {
            return;
        }
        BattingLine line = entry.line();
        arranged.add(new BattingLine(line.lineupId(), line.teamId(), line.subject(), line.position(),
                line.battingOrder(), depth, line.counts()));
        List<Entry> next = new ArrayList<>(substitutes.getOrDefault(entry.lineupId(), List.of()));
        next.sort(APPEARANCE);
        next.forEach(substitute -> place(substitute, depth + 1, substitutes, placed, arranged));
    }
}
