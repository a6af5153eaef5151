package dev.faultline.ingest.bundle;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A bundle's {@code manifest.json}, once it has been checked.
 *
 * @param format      always {@value BundleSchema#FORMAT}
 * @param version     always {@value BundleSchema#VERSION}
 * @param source      the name of this source of facts; every node and relationship is tagged with it
 * @param description shown in the run history
 * @param created     when the bundle was made, shown in the run history
 */
public record Manifest(String format, int version, String source, Optional<String> description,
                       Optional<OffsetDateTime> created) {

    public Manifest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(created, "created");
    }
}
