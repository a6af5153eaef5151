package dev.faultline.ingest.connector.entra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.faultline.ingest.bundle.BundleValidator;
import dev.faultline.ingest.bundle.KeyLookup;
import dev.faultline.ingest.bundle.ValidationReport;
import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.ExportInput;

/** The shared samples, and checks every connector test makes: the rows form a valid bundle. */
final class Samples {

    static final Path ENTRA = Path.of("..", "..", "shared", "samples", "entra").toAbsolutePath().normalize();

    private Samples() {
    }

    static EntraReading read(Path path) {
        return new EntraConnector().readAll(ExportInput.open(path));
    }

    /** Writes the rows as a bundle and validates it on its own (no database). */
    static void assertValidBundle(BundleRows rows, Path dir) {
        rows.writeTo(dir);
        ValidationReport report = new BundleValidator(KeyLookup.none()).validate(dir);
        assertThat(report.isValid()).as(report.render(30)).isTrue();
    }

    static List<Map<String, String>> where(BundleRows rows, String file, Predicate<Map<String, String>> filter) {
        return rows.rows(file).stream().filter(filter).toList();
    }

    static Map<String, String> one(BundleRows rows, String file, String column, String value) {
        List<Map<String, String>> found = where(rows, file, r -> value.equals(r.get(column)));
        assertThat(found).as(file + " rows with " + column + "=" + value).hasSize(1);
        return found.get(0);
    }
}
