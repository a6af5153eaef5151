package dev.faultline.analyzer.path;

/**
 * A relationship of the projection. It carries its own id, so two relationships between the same
 * nodes stay distinct objects.
 *
 * @param id   unique within the projection
 * @param type the relationship type (REACHES, HAS_AUTH_PATH, MEMBER_OF, IN_TENANT, SAME_AS...)
 * @param weak whether crossing it lets an identity through without MFA
 */
public record Edge(String id, String type, boolean weak) {

    public Edge {
        if (id == null || type == null) {
            throw new IllegalArgumentException("an edge needs an id and a type, was id=" + id + ", type=" + type);
        }
    }
}
