package dev.faultline.analyzer.path;

/**
 * What the projection knows of a node besides its key, kept beside the graph (whose vertices are keys).
 *
 * @param key      the node's key
 * @param label    its main label (Identity, Group, Tenant, AuthPath, System)
 * @param name     its name, null when unknown
 * @param tenant   its tenant's key
 * @param acquired whether its tenant (or the node itself, for a tenant) came with an acquisition
 */
public record Node(String key, String label, String name, String tenant, boolean acquired) {

    public Node {
        if (key == null || label == null) {
            throw new IllegalArgumentException("a node needs a key and a label, was key=" + key + ", label=" + label);
        }
    }
}
