package dev.faultline.ingest.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Streams the typed rows of a bundle's files in batches, converted exactly as the validator
 * converts them. Only for a bundle that validated without error: any problem met here throws.
 */
public final class BundleReader {

    private final Bundle bundle;

    public BundleReader(Bundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /**
     * Passes the rows of {@code spec}'s file to {@code batch}, at most {@code batchSize} at a time,
     * in file order. Each row maps every column of the spec (snake_case) to its typed value or
     * null, plus the derived values ({@code human}, {@code legacy}, {@code enforced},
     * {@code self_service}). Each list passed belongs to the consumer. Nothing is passed when the
     * bundle has no such file.
     *
     * @throws BundleException when the file has an error (the bundle was not validated)
     */
    public void forEachBatch(FileSpec spec, int batchSize, Consumer<List<Map<String, Object>>> batch) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(batch, "batch");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (!bundle.contains(spec.fileName())) {
            return;
        }
        try (CsvRows csv = CsvRows.open(bundle.reader(spec.fileName()))) {
            requireValidHeader(spec, csv);
            RowConverter converter = RowConverter.forHeader(spec, csv.header());
            List<Map<String, Object>> rows = new ArrayList<>(batchSize);
            while (csv.next()) {
                requireCellsWithinHeader(spec, csv);
                rows.add(converter.convert(csv.record(), csv.line(), BundleReader::fail));
                if (rows.size() == batchSize) {
                    batch.accept(rows);
                    rows = new ArrayList<>(batchSize);
                }
            }
            if (!rows.isEmpty()) {
                batch.accept(rows);
            }
        } catch (MalformedCsvException e) {
            fail(new ValidationError(spec.fileName(), e.line(), null, null, e.reason()));
        } catch (IOException e) {
            throw new BundleException("cannot read " + spec.fileName() + ": " + e.getMessage(), e);
        }
    }

    private static void requireValidHeader(FileSpec spec, CsvRows csv) {
        List<ValidationError> errors = HeaderCheck.check(spec, csv.header(), csv.headerLine());
        if (!errors.isEmpty()) {
            fail(errors.get(0));
        }
    }

    private static void requireCellsWithinHeader(FileSpec spec, CsvRows csv) {
        if (csv.record().size() > csv.header().size()) {
            fail(new ValidationError(spec.fileName(), csv.line(), null, null,
                    Reasons.MALFORMED_CSV + ": more cells than the header has columns"));
        }
    }

    private static void fail(ValidationError error) {
        throw new BundleException(error.render() + " (validate the bundle before reading it)");
    }
}
