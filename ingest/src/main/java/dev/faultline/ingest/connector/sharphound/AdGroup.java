package dev.faultline.ingest.connector.sharphound;

import java.util.List;

/**
 * A group and the ids of its direct members.
 *
 * @param principal id, domain and name
 * @param members   {@code Members[].ObjectIdentifier}, in file order
 */
record AdGroup(AdPrincipal principal, List<String> members) {
}
