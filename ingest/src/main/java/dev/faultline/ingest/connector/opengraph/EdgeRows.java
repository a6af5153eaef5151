package dev.faultline.ingest.connector.opengraph;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.ingest.connector.BundleRows;

/**
 * Writes the row of each edge whose ends were found: membership, role, ownership, trust and
 * credential-reset kinds between nodes of the right types become model relationships; every other
 * edge (or a known kind between nodes of other types) becomes a generic edge. An edge repeated with
 * the same ends and kind is written once and counted as a duplicate.
 */
final class EdgeRows {

    private static final Set<String> MEMBER_OF = Set.of("memberof", "azmemberof", "oktamemberof");
    private static final Set<String> HAS_ROLE = Set.of("hasrole", "azhasrole", "oktahasrole");
    private static final Set<String> OWNS = Set.of("owns", "azowns");
    /** Edges that let the start reset or replace the end's credentials, and the recovery method. */
    private static final Map<String, String> RECOVERY = Map.of(
            "azcreatetap", "tap-issuance", "azresetpassword", "admin-reset", "forcechangepassword", "admin-reset",
            "oktaresetpassword", "admin-reset", "oktaresetfactors", "factor-reset");
    private static final Map<String, String> AD_TRUST_TYPES = Map.of(
            "parentchild", "ad-parent-child", "forest", "ad-forest", "external", "ad-external");

    private final BundleRows rows;
    private final Set<List<String>> seen = new HashSet<>();
    private int duplicates;

    EdgeRows(BundleRows rows) {
        this.rows = rows;
    }

    int duplicates() {
        return duplicates;
    }

    void write(OgEdge edge, NodeRef start, NodeRef end) {
        String kind = ModelKind.normalize(edge.kind());
        if (MEMBER_OF.contains(kind) && start.isPrincipal() && end.kind() == ModelKind.GROUP) {
            once(List.of("memberships.csv", start.key(), end.key()),
                    () -> rows.add("memberships.csv").set("member", start.key()).set("group", end.key()));
        } else if (HAS_ROLE.contains(kind) && start.isPrincipal() && end.kind() == ModelKind.ROLE) {
            once(List.of("role_assignments.csv", start.key(), end.key()),
                    () -> rows.add("role_assignments.csv").set("principal", start.key()).set("role", end.key()));
        } else if (OWNS.contains(kind) && start.isPrincipal()) {
            once(List.of("owners.csv", start.key(), end.key()),
                    () -> rows.add("owners.csv").set("owner", start.key()).set("target", end.key()));
        } else if (kind.equals("trustedby") && start.kind() == ModelKind.TENANT && end.kind() == ModelKind.TENANT) {
            trust(edge, start, end);
        } else if (RECOVERY.containsKey(kind) && canRecover(start) && canRecover(end)) {
            String id = end.tenant() + "/og-recovery/" + edge.kind() + "/" + start.id() + "/" + end.id();
            once(List.of("recovery_paths.csv", id), () -> rows.add("recovery_paths.csv").set("id", id)
                    .set("tenant", end.tenant()).set("target", end.key()).set("actor", start.key())
                    .set("method", RECOVERY.get(kind)));
        } else {
            ObjectNode properties = edge.properties();
            once(List.of("generic_edges.csv", start.key(), end.key(), edge.kind()),
                    () -> rows.add("generic_edges.csv").set("from", start.key()).set("to", end.key())
                            .set("kind", edge.kind()).set("properties", properties.isEmpty() ? null : properties.toString()));
        }
    }

    /** {@code TrustedBy} points from the trusted domain to the trusting one, as BloodHound draws it. */
    private void trust(OgEdge edge, NodeRef trusted, NodeRef trusting) {
        ObjectNode p = edge.properties();
        String type = Props.text(p, "trusttype");
        String kind = type == null ? "other" : AD_TRUST_TYPES.getOrDefault(type.toLowerCase(), "other");
        String id = trusting.key() + "/og-trust/" + trusted.key();
        once(List.of("trusts.csv", id), () -> rows.add("trusts.csv").set("id", id)
                .set("trusting_tenant", trusting.key()).set("trusted_tenant", trusted.key()).set("kind", kind)
                .set("transitive", Props.bool(p, "istransitive", "transitive"))
                .set("sid_filtering", Props.bool(p, "sidfiltering", "sidfilteringenabled")));
    }

    private static boolean canRecover(NodeRef ref) {
        return ref.isPrincipal() || ref.kind() == ModelKind.ROLE;
    }

    private void once(List<String> identity, Runnable write) {
        if (seen.add(identity)) {
            write.run();
        } else {
            duplicates++;
        }
    }
}
