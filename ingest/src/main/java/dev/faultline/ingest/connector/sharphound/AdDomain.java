package dev.faultline.ingest.connector.sharphound;

import java.util.List;

/**
 * A domain of the export, with the trusts it lists.
 *
 * @param sid    the domain SID ({@code ObjectIdentifier})
 * @param name   the DNS name, e.g. {@code PHANTOM.CORP}
 * @param trusts its trusts, as its own trusted-domain objects describe them
 */
record AdDomain(String sid, String name, List<AdTrust> trusts) {
}
