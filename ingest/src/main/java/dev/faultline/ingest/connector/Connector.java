package dev.faultline.ingest.connector;

/**
 * Maps one kind of export into the rows of a Faultline bundle. A pure transform: it reads the
 * export and touches no database; the bundle it yields goes through the same validated, batched,
 * idempotent loader as a bundle written by hand.
 */
public interface Connector {

    /** Short name, also the bundle's {@code source}: {@code entra}, {@code okta}, {@code sharphound}, {@code aws}, {@code opengraph}. */
    String name();

    /** Whether the export is in this connector's format. Looks only at entry names and first bytes. */
    boolean accepts(ExportInput input);

    /**
     * Reads the export into bundle rows.
     *
     * @throws ConnectorException naming file, record and field when the export is not what this format allows
     */
    BundleRows read(ExportInput input);
}
