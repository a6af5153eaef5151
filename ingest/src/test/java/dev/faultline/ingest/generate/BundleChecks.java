package dev.faultline.ingest.generate;

import dev.faultline.ingest.generate.BundleSpec.Column;
import dev.faultline.ingest.generate.BundleSpec.FileSpec;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a bundle against {@link BundleSpec}: required cells, types, enum values, unique ids across
 * the bundle, references to entities of an allowed type, no relationship row twice. Returns every
 * problem found (up to a limit), each naming file, line, column and value.
 */
final class BundleChecks {

    private static final int LIMIT = 25;

    private final Bundle bundle;
    private final Map<String, String> types = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private BundleChecks(Bundle bundle) {
        this.bundle = bundle;
    }

    static List<String> problems(Bundle bundle) {
        BundleChecks checks = new BundleChecks(bundle);
        checks.collectIds();
        for (FileSpec spec : BundleSpec.FILES) {
            checks.checkFile(spec);
        }
        return checks.problems;
    }

    private void collectIds() {
        for (FileSpec spec : BundleSpec.FILES) {
            if (spec.entity() == null) {
                continue;
            }
            for (CSVRecord row : bundle.rows(spec.name())) {
                String previous = types.put(row.get("id"), spec.entity());
                if (previous != null) {
                    problem(spec, row, "id", "duplicate id, already a " + previous);
                }
            }
        }
    }

    private void checkFile(FileSpec spec) {
        Set<String> seen = new HashSet<>();
        for (CSVRecord row : bundle.rows(spec.name())) {
            for (Column column : spec.columns()) {
                checkCell(spec, row, column);
            }
            if (spec.entity() == null && !seen.add(row.get(0) + "|" + row.get(1))) {
                problem(spec, row, spec.header().get(0), "relationship row twice");
            }
            if (spec.name().equals("tenants.csv") && row.get("acquired").equals("true")
                    && row.get("acquisition_date").isEmpty()) {
                problem(spec, row, "acquisition_date", "missing for an acquired tenant");
            }
        }
    }

    private void checkCell(FileSpec spec, CSVRecord row, Column column) {
        String value = row.get(column.name());
        if (value.isEmpty()) {
            if (column.required()) {
                problem(spec, row, column.name(), "missing value");
            }
            return;
        }
        if (!valid(column, value)) {
            problem(spec, row, column.name(), "bad value");
        }
    }

    private boolean valid(Column column, String value) {
        return switch (column.type()) {
            case KEY -> value.equals(value.strip()) && value.length() <= 512;
            case TEXT -> true;
            case REF -> types.containsKey(value) && column.values().contains(types.get(value));
            case ENUM -> column.values().contains(value);
            case LIST -> column.values().containsAll(List.of(value.split(";")));
            case BOOL -> value.equals("true") || value.equals("false");
            case DATE -> parses(() -> LocalDate.parse(value));
            case DATETIME -> parses(() -> OffsetDateTime.parse(value));
            case INT -> value.matches("[0-9]+");
            case DECIMAL -> value.matches("0(\\.[0-9]+)?|1(\\.0+)?");
        };
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void problem(FileSpec spec, CSVRecord row, String column, String reason) {
        if (problems.size() < LIMIT) {
            problems.add("%s line %d column %s value '%s': %s".formatted(spec.name(), row.getRecordNumber() + 1,
                    column, row.get(column), reason));
        }
    }
}
