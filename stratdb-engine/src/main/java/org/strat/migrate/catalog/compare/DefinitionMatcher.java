package org.strat.migrate.catalog.compare;

import org.strat.migrate.catalog.GeneratedNames;
import org.strat.migrate.catalog.Naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The set difference for objects that are the same by definition whatever their name (constraints, indexes).
 *
 * <p>Pairs objects in three rounds: the same definition and name; the same definition under another name (a
 * rename, unless either name was generated); then leftovers that are one object defined differently (the same
 * name, or what {@code sameObject} says). Whatever is left is missing on one side or the other.
 */
final class DefinitionMatcher<T> {

    record Pair<T>(T here, T there) {
    }

    record Result<T>(List<Pair<T>> renamed, List<Pair<T>> redefined, List<T> missing, List<T> extra) {
    }

    private final Function<T, String> name;
    private final Function<T, String> definition;
    private final BiPredicate<T, T> sameObject;

    DefinitionMatcher(Function<T, String> name, Function<T, String> definition, BiPredicate<T, T> sameObject) {
        this.name = name;
        this.definition = definition;
        this.sameObject = sameObject;
    }

    public Result<T> match(List<T> hereObjects, List<T> thereObjects, String table, Naming naming) {
        List<T> here = new ArrayList<>(hereObjects);
        List<T> there = new ArrayList<>(thereObjects);
        List<Pair<T>> renamed = new ArrayList<>();
        List<Pair<T>> redefined = new ArrayList<>();
        pairOff(here, there, (a, b) -> sameDefinition(a, b) && sameName(a, b), (a, b) -> { });
        pairOff(here, there, this::sameDefinition, (a, b) -> {
            if (naming == Naming.EXACT || !GeneratedNames.differenceIgnored(name.apply(a), name.apply(b), table)) {
                renamed.add(new Pair<>(a, b));
            }
        });
        pairOff(here, there, (a, b) -> sameName(a, b) || sameObject.test(a, b), (a, b) -> redefined.add(new Pair<>(a, b)));
        return new Result<>(renamed, redefined, there, here);
    }

    // Removes every pair the test accepts from both lists, first come first served, and hands it to the sink.
    private void pairOff(List<T> here, List<T> there, BiPredicate<T, T> test, BiConsumer<T, T> sink) {
        for (T wanted : List.copyOf(there)) {
            Optional<T> match = here.stream().filter(candidate -> test.test(candidate, wanted)).findFirst();
            if (match.isPresent()) {
                here.remove(match.get());
                there.remove(wanted);
                sink.accept(match.get(), wanted);
            }
        }
    }

    private boolean sameDefinition(T a, T b) {
        return definition.apply(a).equals(definition.apply(b));
    }

    private boolean sameName(T a, T b) {
        return name.apply(a).equals(name.apply(b));
    }
}
