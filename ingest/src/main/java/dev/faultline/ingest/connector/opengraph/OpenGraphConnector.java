package dev.faultline.ingest.connector.opengraph;

import dev.faultline.ingest.connector.BundleRows;
import dev.faultline.ingest.connector.Connector;
import dev.faultline.ingest.connector.ExportInput;

/**
 * BloodHound OpenGraph JSON ({@code {"metadata":{"source_kind"},"graph":{"nodes":[...],"edges":[...]}}}),
 * as community collectors write it: one file, a directory or a zip of such files. See
 * {@link OpenGraphReader} for what is read and the package documentation for the mapping.
 */
public final class OpenGraphConnector implements Connector {

    public static final String NAME = "opengraph";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(ExportInput input) {
        return input.entries().stream().anyMatch(entry -> OpenGraphReader.isPayload(input, entry));
    }

    @Override
    public BundleRows read(ExportInput input) {
        return new OpenGraphReader().read(input, NAME).rows();
    }
}
