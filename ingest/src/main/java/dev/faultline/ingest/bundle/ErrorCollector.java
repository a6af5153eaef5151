package dev.faultline.ingest.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Collects validation errors: counts every one by file and category, and keeps the first
 * {@code maxListed} in full, so that a bundle wrong on every row cannot exhaust the heap.
 */
final class ErrorCollector implements Consumer<ValidationError> {

    private record Tally(String file, String category) {
    }

    private final int maxListed;
    private final List<ValidationError> listed = new ArrayList<>();
    private final Map<Tally, long[]> counts = new LinkedHashMap<>();

    ErrorCollector(int maxListed) {
        this.maxListed = maxListed;
    }

    @Override
    public void accept(ValidationError error) {
        counts.computeIfAbsent(new Tally(error.file(), error.category()), tally -> new long[1])[0]++;
        if (listed.size() < maxListed) {
            listed.add(error);
        }
    }

    /** The kept errors by file (in the order {@code fileOrder} gives), then line. */
    List<ValidationError> listed(ToIntFunction<String> fileOrder) {
        Comparator<ValidationError> order = Comparator.<ValidationError>comparingInt(e -> fileOrder.applyAsInt(e.file()))
                .thenComparing(ValidationError::file)
                .thenComparingLong(ValidationError::line);
        return listed.stream().sorted(order).toList();
    }

    /** How many errors there are by file and category, in the order {@code fileOrder} gives. */
    List<ValidationReport.ErrorCount> counts(ToIntFunction<String> fileOrder) {
        return counts.entrySet().stream()
                .map(entry -> new ValidationReport.ErrorCount(entry.getKey().file(), entry.getKey().category(),
                        entry.getValue()[0]))
                .sorted(Comparator.<ValidationReport.ErrorCount>comparingInt(c -> fileOrder.applyAsInt(c.file()))
                        .thenComparing(ValidationReport.ErrorCount::file))
                .toList();
    }
}
