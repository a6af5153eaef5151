package dev.faultline.ingest.connector.opengraph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.faultline.ingest.connector.BundleRows;

/**
 * The tenants of an OpenGraph export. OpenGraph has no tenant concept: a node's tenant is the
 * directory named by its {@code tenantid}, {@code tenant_id}, {@code domainsid}, {@code okta_domain}
 * or {@code domain} property (a {@code Domain}, {@code AZTenant} or {@code Okta_Organization} node is
 * that directory), keyed {@code opengraph:<that value, lower case>}; a node without one belongs to
 * its file's tenant, keyed {@code opengraph:<source_kind or file name>}.
 */
final class Tenants {

    /** Properties that name a node's directory, in order of preference. */
    static final String[] TENANT_PROPERTIES = {"tenantid", "tenant_id", "domainsid", "okta_domain", "domain"};

    private final Map<String, Draft> byKey = new LinkedHashMap<>();
    private final Map<String, OgPayload> payloads = new HashMap<>();

    void register(OgPayload payload) {
        payloads.put(payload.file(), payload);
    }

    /** The key of the node's tenant; the tenant row is written by {@link #writeTo(BundleRows)}. */
    String keyOf(OgNode node) {
        boolean isTenant = ModelKind.of(node.kinds()) == ModelKind.TENANT;
        String identifier = Props.text(node.properties(), TENANT_PROPERTIES);
        if (identifier == null && isTenant) {
            identifier = node.id();
        }
        if (identifier == null) {
            return fileTenant(node);
        }
        Optional<String> family = ModelKind.family(node.kinds())
                .or(() -> Props.find(node.properties(), "domainsid").map(f -> "ad"))
                .or(() -> sourceFamily(node));
        Draft draft = draft("opengraph:" + identifier.toLowerCase(Locale.ROOT), identifier, family, identifier);
        if (isTenant && !node.placeholder()) {
            draft.name = NodeNames.name(node);
        }
        return draft.key;
    }

    private String fileTenant(OgNode node) {
        OgPayload payload = payloads.get(node.file());
        String name = payload.sourceKind().orElse(payload.stem());
        Optional<String> family = payload.sourceKind().flatMap(ModelKind::familyOfSource)
                .or(() -> ModelKind.family(node.kinds()));
        return draft("opengraph:" + name.toLowerCase(Locale.ROOT), name, family, null).key;
    }

    private Optional<String> sourceFamily(OgNode node) {
        return payloads.get(node.file()).sourceKind().flatMap(ModelKind::familyOfSource);
    }

    private Draft draft(String key, String name, Optional<String> family, String externalId) {
        Draft draft = byKey.computeIfAbsent(key, k -> new Draft(k, name, externalId));
        if (draft.kind.equals("other") && family.isPresent()) {
            draft.kind = family.get();
        }
        return draft;
    }

    void writeTo(BundleRows rows) {
        for (Draft draft : byKey.values()) {
            if (rows.claim(draft.key)) {
                rows.add("tenants.csv").set("id", draft.key).set("name", draft.name).set("kind", draft.kind)
                        .set("external_id", draft.externalId);
            }
        }
    }

    private static final class Draft {
        private final String key;
        private final String externalId;
        private String name;
        private String kind = "other";

        private Draft(String key, String name, String externalId) {
            this.key = key;
            this.name = name;
            this.externalId = externalId;
        }
    }
}
