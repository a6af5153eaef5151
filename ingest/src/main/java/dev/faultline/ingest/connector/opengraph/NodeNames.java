package dev.faultline.ingest.connector.opengraph;

import java.util.Map;
import java.util.Optional;

/**
 * Display names of OpenGraph nodes, and the built-in Entra roles that collectors name only by
 * their template id ({@code <roleTemplateId>@<tenantId>}, as AzureHound keys an {@code AZRole}).
 */
final class NodeNames {

    /** Entra built-in role template ids: name; all of them are privileged roles. */
    private static final Map<String, String> ENTRA_PRIVILEGED_ROLES = Map.of(
            "62e90394-69f5-4237-9190-012177145e10", "Global Administrator",
            "7be44c8a-adaf-4e2a-84d6-ab2649e08a13", "Privileged Authentication Administrator",
            "e8611ab8-c189-46e8-94e1-60213ab1f814", "Privileged Role Administrator",
            "0526716b-113d-4c15-b2c8-68e3c22b9f80", "Authentication Policy Administrator",
            "c4e39bd9-1100-46d3-8c65-fb160da0071f", "Authentication Administrator");

    private NodeNames() {
    }

    /** The node's name: {@code name}, a display name, a login, a known role name, else its id. */
    static String name(OgNode node) {
        String name = Props.text(node.properties(), "name", "displayname", "display_name", "userprincipalname",
                "login", "email");
        if (name != null) {
            return name;
        }
        return ModelKind.of(node.kinds()) == ModelKind.ROLE ? entraRole(node).orElse(node.id()) : node.id();
    }

    /** The Entra built-in privileged role this node is, from {@code templateid} or its id. */
    static Optional<String> entraRole(OgNode node) {
        String template = Props.text(node.properties(), "templateid", "roletemplateid");
        String id = template != null ? template : node.id();
        int at = id.indexOf('@');
        return Optional.ofNullable(ENTRA_PRIVILEGED_ROLES.get((at < 0 ? id : id.substring(0, at)).toLowerCase()));
    }
}
