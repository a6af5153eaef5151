package dev.faultline.ingest.connector.entra;

import java.util.Locale;

/**
 * The stable keys of one Entra tenant's rows. A tenant is {@code entra:<tenantId>} (or, when the
 * export names no tenant id, {@code entra:<slug of the export's name>}); everything inside it is
 * {@code <tenant>/<type>/<object id>}. Identities of users are keyed by object id, service
 * principals and managed identities by appId (so an application, its service principal, its
 * credentials and its sign-ins meet on one key), roles by role template id (what Conditional Access
 * names), systems by appId.
 */
record EntraKeys(String tenant) {

    /** The key of a tenant known by its id (also a partner tenant). */
    static String tenantKey(String tenantId) {
        return "entra:" + tenantId.toLowerCase(Locale.ROOT);
    }

    /** The key of a tenant whose id the export does not carry: derived from the export's file or directory name. */
    static String derivedTenantKey(String exportName) {
        String slug = exportName.toLowerCase(Locale.ROOT).replaceAll("\\.(zip|json|txt)$", "")
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return "entra:" + (slug.isEmpty() ? "export" : slug);
    }

    String user(String objectId) {
        return tenant + "/user/" + id(objectId);
    }

    String servicePrincipal(String appId) {
        return tenant + "/sp/" + id(appId);
    }

    String group(String objectId) {
        return tenant + "/group/" + id(objectId);
    }

    /** The synthetic group of every guest and external user: Conditional Access {@code GuestsOrExternalUsers}. */
    String guestsGroup() {
        return tenant + "/group/guests-or-external-users";
    }

    String role(String templateId) {
        return tenant + "/role/" + id(templateId);
    }

    String system(String appId) {
        return tenant + "/app/" + id(appId);
    }

    String policy(String policyId) {
        return tenant + "/ca/" + id(policyId);
    }

    /** A requirement of an assessment baseline (ScubaGear {@code MS.AAD.3.2v2}) held as a policy. */
    String requirement(String requirementId) {
        return tenant + "/requirement/" + id(requirementId);
    }

    String exception(String policyKey, String subjectKey) {
        return policyKey + "/exclude/" + subjectKey.substring(tenant.length() + 1);
    }

    String credential(String appId, String kind, String keyId) {
        return tenant + "/credential/" + id(appId) + "/" + kind + "/" + id(keyId);
    }

    String authPath(String subjectKey, String appId, String protocol) {
        return tenant + "/path/" + subjectKey.substring(subjectKey.indexOf('/') + 1) + "/" + id(appId) + "/" + protocol;
    }

    String trust(String partnerTenantId) {
        return tenant + "/trust/" + id(partnerTenantId);
    }

    private static String id(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
