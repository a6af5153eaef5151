package dev.faultline.ingest.bundle;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One CSV file of a bundle.
 *
 * @param fileName           the file name, e.g. {@code identities.csv}
 * @param kind               whether a row becomes a node or a relationship
 * @param entityType         the type of the key each row defines: every node file, and trusts
 * @param columns            every column the file may have, in documented order
 * @param keyColumn          the column holding the row's global key ({@code id}), if any
 * @param identifyingColumns the columns that identify a row: the key when there is one, otherwise
 *                           the relationship's ends plus the property that tells parallel
 *                           relationships apart (a role assignment's scope, an owner's role...).
 *                           Two rows with the same values there are duplicates, and a writer should
 *                           {@code MERGE} on exactly these
 * @param scopeColumn        the column naming the tenant (or, for organizations and business units,
 *                           the organization) a row belongs to, for stale-data removal
 */
public record FileSpec(String fileName, FileKind kind, Optional<EntityType> entityType,
                       List<ColumnSpec> columns, Optional<String> keyColumn,
                       List<String> identifyingColumns, Optional<String> scopeColumn) {

    public FileSpec {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind of " + fileName);
        columns = List.copyOf(columns);
        identifyingColumns = List.copyOf(identifyingColumns);
        Set<String> names = new HashSet<>();
        for (ColumnSpec column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException(fileName + " lists column " + column.name() + " twice");
            }
        }
        requireColumns(fileName, names, keyColumn.stream().toList());
        requireColumns(fileName, names, identifyingColumns);
        requireColumns(fileName, names, scopeColumn.stream().toList());
        if (kind == FileKind.NODE && (entityType.isEmpty() || keyColumn.isEmpty())) {
            throw new IllegalArgumentException("node file " + fileName + " needs an entity type and a key");
        }
        if (identifyingColumns.isEmpty()) {
            throw new IllegalArgumentException(fileName + " needs identifying columns");
        }
    }

    /** The column of this name, if the file has one. */
    public Optional<ColumnSpec> column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst();
    }

    /** The names of all columns, in documented order. */
    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    private static void requireColumns(String fileName, Set<String> names, List<String> wanted) {
        for (String name : wanted) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException(fileName + " has no column " + name);
            }
        }
    }
}
