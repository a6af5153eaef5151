package dev.faultline.ingest.connector.opengraph;

/**
 * A node once written: its bundle key and what it became.
 *
 * @param key    the bundle key ({@code <tenant key>/og/<node id>}, or the tenant key for a tenant)
 * @param kind   what it became
 * @param tenant the key of its tenant
 * @param id     the node's OpenGraph id
 */
record NodeRef(String key, ModelKind kind, String tenant, String id) {

    /** Whether it can be a member, an owner or a role holder: an identity or a group. */
    boolean isPrincipal() {
        return kind == ModelKind.USER || kind == ModelKind.SERVICE_PRINCIPAL || kind == ModelKind.GROUP;
    }
}
