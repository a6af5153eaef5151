package dev.faultline.ingest.connector.entra;

import java.util.List;
import java.util.Map;

import dev.faultline.ingest.connector.BundleRows;

/**
 * What the connector read from one export: the bundle rows, what it derived per user identity, and
 * notes on what it skipped or had to infer (for the person running it).
 *
 * @param tenant   the tenant's key
 * @param postures per identity key
 */
public record EntraReading(String tenant, BundleRows rows, Map<String, IdentityPosture> postures, List<String> notes) {
}
