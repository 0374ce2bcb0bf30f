package org.strat.migrate.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A table with everything that belongs to it: columns in their order, constraints and indexes. */
public record Table(String name, List<Column> columns, List<Constraint> constraints, List<Index> indexes) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }
}
