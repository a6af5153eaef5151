package dev.faultline.ingest.connector;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every connector Faultline has, and format detection: which one reads a given export. Connectors
 * are found with {@link ServiceLoader} ({@code META-INF/services/dev.faultline.ingest.connector.Connector}),
 * in the order listed there.
 */
public final class Connectors {

    private final List<Connector> connectors;

    private Connectors(List<Connector> connectors) {
        this.connectors = List.copyOf(connectors);
    }

    /** The connectors on the class path. */
    public static Connectors installed() {
        return new Connectors(ServiceLoader.load(Connector.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    public static Connectors of(List<Connector> connectors) {
        return new Connectors(connectors);
    }

    /** Their names, e.g. for help texts. */
    public List<String> names() {
        return connectors.stream().map(Connector::name).toList();
    }

    /** The connector that reads this export, if any. */
    public Optional<Connector> detect(ExportInput input) {
        List<Connector> accepting = connectors.stream().filter(c -> c.accepts(input)).toList();
        if (accepting.size() > 1) {
            throw new ConnectorException(input.path().toString(), null, null, "matches several formats ("
                    + String.join(", ", accepting.stream().map(Connector::name).toList())
                    + "): give each export in its own file or directory");
        }
        return accepting.stream().findFirst();
    }

    /**
     * Reads an export into bundle rows.
     *
     * @throws ConnectorException when no connector reads it, or the export is invalid
     */
    public BundleRows read(Path path) {
        ExportInput input = ExportInput.open(path);
        Connector connector = detect(input).orElseThrow(() -> new ConnectorException(path.toString(), null, null,
                "not a Faultline bundle (no manifest.json) and not an export Faultline reads (" + String.join(", ", names())
                        + "); see docs/connectors.md"));
        return connector.read(input);
    }
}
