package dev.faultline.ingest.bundle;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One column of a bundle file.
 *
 * @param name           the header name, snake_case as in the format document
 * @param type           how a cell is read
 * @param required       whether every row must have a value (and the header the column)
 * @param allowedValues  for {@link ColumnType#ENUM} and enum {@link ColumnType#LIST} columns, the
 *                       lower-case values allowed, in the documented order; empty otherwise
 * @param defaultValue   the cell text assumed when a cell is empty
 * @param referenceTypes for {@link ColumnType#REF} columns, the entity types the key may name, in
 *                       documented order
 */
public record ColumnSpec(String name, ColumnType type, boolean required, Set<String> allowedValues,
                         Optional<String> defaultValue, Set<EntityType> referenceTypes) {

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type of column " + name);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a column needs a name");
        }
        if (type == ColumnType.ENUM && allowedValues.isEmpty()) {
            throw new IllegalArgumentException("enum column " + name + " lists no allowed value");
        }
        if (type == ColumnType.REF && referenceTypes.isEmpty()) {
            throw new IllegalArgumentException("reference column " + name + " allows no entity type");
        }
        if (required && defaultValue.isPresent()) {
            throw new IllegalArgumentException("required column " + name + " cannot have a default");
        }
        allowedValues = Collections.unmodifiableSet(new LinkedHashSet<>(allowedValues));
        referenceTypes = Collections.unmodifiableSet(new LinkedHashSet<>(referenceTypes));
    }

    /** The {@code id} column of an entity file. */
    public static ColumnSpec key() {
        return new ColumnSpec("id", ColumnType.KEY, true, Set.of(), Optional.empty(), Set.of());
    }

    /** An optional column of the given scalar type ({@code TEXT}, {@code BOOL}, {@code DATE}...). */
    public static ColumnSpec of(String name, ColumnType type) {
        return new ColumnSpec(name, type, false, Set.of(), Optional.empty(), Set.of());
    }

    /** An optional enum column. */
    public static ColumnSpec enumOf(String name, String... values) {
        return new ColumnSpec(name, ColumnType.ENUM, false, ordered(values), Optional.empty(), Set.of());
    }

    /** An optional list column; with values, every element must be one of them. */
    public static ColumnSpec listOf(String name, String... values) {
        return new ColumnSpec(name, ColumnType.LIST, false, ordered(values), Optional.empty(), Set.of());
    }

    /** An optional reference to an entity of one of {@code types}. */
    public static ColumnSpec ref(String name, EntityType... types) {
        return new ColumnSpec(name, ColumnType.REF, false, Set.of(), Optional.empty(),
                new LinkedHashSet<>(Arrays.asList(types)));
    }

    /** This column, required. */
    public ColumnSpec asRequired() {
        return new ColumnSpec(name, type, true, allowedValues, defaultValue, referenceTypes);
    }

    /** This column, with a default cell text for empty cells. */
    public ColumnSpec withDefault(String value) {
        return new ColumnSpec(name, type, required, allowedValues, Optional.of(value), referenceTypes);
    }

    /** The reference types as an int mask of {@link EntityType} bits. */
    int referenceMask() {
        int mask = 0;
        for (EntityType type : referenceTypes) {
            mask |= type.bit();
        }
        return mask;
    }

    private static Set<String> ordered(String... values) {
        return new LinkedHashSet<>(Arrays.asList(values));
    }
}
