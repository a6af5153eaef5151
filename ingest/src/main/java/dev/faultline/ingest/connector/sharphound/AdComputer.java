package dev.faultline.ingest.connector.sharphound;

/**
 * A computer account.
 *
 * @param principal        id, domain and name (the DNS host name)
 * @param domainController {@code IsDC} or {@code Properties.isdc}
 */
record AdComputer(AdPrincipal principal, boolean domainController) {
}
