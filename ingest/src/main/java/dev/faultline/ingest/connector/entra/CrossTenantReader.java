package dev.faultline.ingest.connector.entra;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Cross-tenant access: the policy with {@code default} and {@code partners}, a page of partners
 * (with or without {@code $expand=identitySynchronization}), or the default alone. A partner whose
 * {@code inboundTrust} is null inherits the default's {@code isMfaAccepted}.
 */
final class CrossTenantReader {

    private CrossTenantReader() {
    }

    /** @return whether the file held a default or a partner (a partner-configuration template holds neither) */
    static boolean read(JsonNode root, Directory dir) {
        int before = dir.partners.size();
        Boolean defaultBefore = dir.defaultMfaAccepted;
        JsonNode defaults = Json.get(root, "default");
        if (defaults != null) {
            readDefault(defaults, dir);
        }
        JsonNode partners = Json.get(root, "partners");
        if (partners != null) {
            readPartners(Json.items(partners), dir);
        }
        if (defaults == null && partners == null) {
            List<JsonNode> items = Json.items(root);
            boolean isDefault = items.size() == 1 && Json.get(items.get(0), "isServiceDefault") != null;
            if (isDefault) {
                readDefault(items.get(0), dir);
            } else {
                readPartners(items, dir);
            }
        }
        return dir.partners.size() > before || !java.util.Objects.equals(defaultBefore, dir.defaultMfaAccepted)
                || Json.get(root, "default") != null;
    }

    private static void readDefault(JsonNode defaults, Directory dir) {
        Boolean accepted = Json.bool(defaults, "inboundTrust", "isMfaAccepted");
        if (accepted != null) {
            dir.defaultMfaAccepted = accepted;
        }
    }

    private static void readPartners(List<JsonNode> items, Directory dir) {
        for (JsonNode item : items) {
            String tenantId = Directory.id(Json.text(item, "tenantId"));
            if (tenantId == null) {
                continue;
            }
            Directory.Partner known = dir.partners.get(tenantId);
            String name = Json.text(item, "identitySynchronization", "displayName");
            Boolean mfa = Json.bool(item, "inboundTrust", "isMfaAccepted");
            boolean sync = Boolean.TRUE.equals(Json.bool(item, "identitySynchronization", "userSyncInbound", "isSyncAllowed"));
            if (known != null) {
                name = name == null ? known.name() : name;
                mfa = mfa == null ? known.mfaAccepted() : mfa;
                sync = sync || known.syncAllowed();
            }
            dir.partners.put(tenantId, new Directory.Partner(tenantId, name, mfa, sync));
        }
    }
}
