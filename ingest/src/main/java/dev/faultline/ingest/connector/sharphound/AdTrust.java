package dev.faultline.ingest.connector.sharphound;

/**
 * One trust as the listing domain sees it.
 *
 * @param targetSid    the other domain's SID
 * @param targetName   the other domain's DNS name
 * @param direction    relative to the listing domain
 * @param type         parent-child, cross-link, forest, external
 * @param transitive   {@code IsTransitive}; null when absent
 * @param sidFiltering {@code SidFilteringEnabled}; null when absent
 */
record AdTrust(String targetSid, String targetName, TrustDirection direction, TrustType type, Boolean transitive,
        Boolean sidFiltering) {
}
