package dev.faultline.ingest.connector.opengraph;

import java.util.IdentityHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.ingest.connector.BundleRows;

/**
 * Writes the row of each node, once: users and service principals to identities.csv, groups to
 * groups.csv, roles to roles.csv, applications and computers to systems.csv, directories to
 * tenants.csv (through {@link Tenants}), every other kind to generic_nodes.csv.
 */
final class NodeRows {

    private final BundleRows rows;
    private final Tenants tenants;
    private final Map<OgNode, NodeRef> written = new IdentityHashMap<>();

    NodeRows(BundleRows rows, Tenants tenants) {
        this.rows = rows;
        this.tenants = tenants;
    }

    NodeRef write(OgNode node) {
        return written.computeIfAbsent(node, this::add);
    }

    private NodeRef add(OgNode node) {
        String tenant = tenants.keyOf(node);
        ModelKind kind = ModelKind.of(node.kinds());
        if (kind == ModelKind.TENANT) {
            return new NodeRef(tenant, kind, tenant, node.id());
        }
        String key = tenant + "/og/" + node.id();
        if (!rows.claim(key)) {
            return new NodeRef(key, kind, tenant, node.id());
        }
        ObjectNode p = node.properties();
        String name = NodeNames.name(node);
        switch (kind) {
            case USER, SERVICE_PRINCIPAL -> identity(node, key, tenant, kind);
            case GROUP -> rows.add("groups.csv").set("id", key).set("tenant", tenant).set("name", name)
                    .set("kind", Props.isTrue(p, "isassignabletorole", "isroleassignable") ? "role-assignable" : null)
                    .set("synced", Props.bool(p, "onpremsyncenabled"))
                    .set("privileged", Props.isTrue(p, "highvalue", "isprivileged", "privileged") || tierZero(p) ? true : null);
            case ROLE -> rows.add("roles.csv").set("id", key).set("tenant", tenant).set("name", name)
                    .set("privileged", Props.isTrue(p, "highvalue", "isprivileged", "privileged") || tierZero(p)
                            || NodeNames.entraRole(node).isPresent() ? true : null);
            case APPLICATION, COMPUTER -> rows.add("systems.csv").set("id", key).set("tenant", tenant).set("name", name)
                    .set("kind", kind == ModelKind.COMPUTER ? "computer" : "application");
            default -> rows.add("generic_nodes.csv").set("id", key).set("tenant", tenant).set("kinds", node.kinds())
                    .set("name", Props.text(p, "name", "displayname", "display_name"))
                    .set("properties", p.isEmpty() ? null : p.toString());
        }
        return new NodeRef(key, kind, tenant, node.id());
    }

    private void identity(OgNode node, String key, String tenant, ModelKind kind) {
        ObjectNode p = node.properties();
        Boolean enabled = Props.bool(p, "enabled", "accountenabled");
        rows.add("identities.csv").set("id", key).set("tenant", tenant).set("kind", identityKind(p, kind))
                .set("name", NodeNames.name(node))
                .set("display_name", Props.text(p, "displayname", "display_name"))
                .set("email", Props.text(p, "email", "mail"))
                .set("upn", Props.text(p, "userprincipalname", "login"))
                .set("status", Boolean.FALSE.equals(enabled) ? "disabled" : null)
                .set("synced", Props.bool(p, "onpremsyncenabled"))
                .set("on_prem_sid", Props.text(p, "onpremid", "onpremisessecurityidentifier"))
                .set("created", Props.date(node, "created", "whencreated", "createddatetime"))
                .set("last_sign_in", Props.date(node, "last_login", "lastlogontimestamp", "lastsignin"))
                .set("source_id", node.id());
    }

    private static String identityKind(ObjectNode p, ModelKind kind) {
        if (kind == ModelKind.SERVICE_PRINCIPAL) {
            return "managedidentity".equalsIgnoreCase(Props.text(p, "serviceprincipaltype"))
                    ? "managed-identity" : "service-principal";
        }
        return Props.isTrue(p, "hasspn") ? "service-account" : "member";
    }

    private static boolean tierZero(ObjectNode p) {
        JsonNode tags = p.get("system_tags");
        return tags != null && tags.toString().contains("admin_tier_0");
    }
}
