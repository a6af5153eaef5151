/**
 * The Entra ID connector: Microsoft Graph JSON exports (v1.0 and beta), the Conditional Access
 * baseline layout, ScubaGear's ProviderSettingsExport and config, and Maester's config, mapped into
 * bundle rows. Readers fill an {@link dev.faultline.ingest.connector.entra.Directory} per endpoint;
 * {@link dev.faultline.ingest.connector.entra.PolicyCoverage} derives who each Conditional Access
 * policy covers; the row writers turn the directory into bundle files. The file names it expects are
 * listed by {@link dev.faultline.ingest.connector.entra.Endpoint} and in {@code docs/connectors.md}.
 */
package dev.faultline.ingest.connector.entra;
