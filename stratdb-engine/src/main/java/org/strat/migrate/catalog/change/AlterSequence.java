package org.strat.migrate.catalog.change;

import org.strat.migrate.catalog.Sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A sequence of the same name with other options or another owning column. */
public record AlterSequence(Sequence from, Sequence to) implements SchemaChange {

    @Override
    public String describe(String target) {
        List<String> differing = new ArrayList<>();
        option(differing, "AS", from.type(), to.type(), target);
        option(differing, "START", from.start(), to.start(), target);
        option(differing, "INCREMENT", from.increment(), to.increment(), target);
        option(differing, "MINVALUE", from.minValue(), to.minValue(), target);
        option(differing, "MAXVALUE", from.maxValue(), to.maxValue(), target);
        option(differing, "CACHE", from.cache(), to.cache(), target);
        option(differing, "CYCLE", from.cycle(), to.cycle(), target);
        option(differing, "owned by", owner(from), owner(to), target);
        return "sequence " + from.name() + ": " + String.join("; ", differing);
    }

    private static void option(List<String> differing, String name, Object here, Object there, String target) {
        if (!Objects.equals(here, there)) {
            differing.add(name + " " + here + " here, " + there + " " + target);
        }
    }

    private static String owner(Sequence sequence) {
        return sequence.ownedBy() == null ? "no column" : sequence.ownedBy();
    }

    @Override
    public AlterSequence reverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public String subject() {
        return new CreateSequence(to).subject();
    }
}
