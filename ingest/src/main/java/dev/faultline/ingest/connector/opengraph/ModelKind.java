package dev.faultline.ingest.connector.opengraph;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a node becomes in the Faultline model, decided by its first kind that Faultline knows.
 * Kinds are compared without case and underscores, so {@code Okta_User} and {@code OktaUser} are the
 * same kind.
 */
enum ModelKind {
    TENANT, USER, SERVICE_PRINCIPAL, GROUP, ROLE, APPLICATION, COMPUTER, GENERIC;

    private static final Map<String, ModelKind> KNOWN = Map.ofEntries(
            Map.entry("domain", TENANT), Map.entry("aztenant", TENANT), Map.entry("oktaorganization", TENANT),
            Map.entry("user", USER), Map.entry("azuser", USER), Map.entry("oktauser", USER),
            Map.entry("azserviceprincipal", SERVICE_PRINCIPAL),
            Map.entry("group", GROUP), Map.entry("azgroup", GROUP), Map.entry("oktagroup", GROUP),
            Map.entry("azrole", ROLE), Map.entry("oktarole", ROLE), Map.entry("oktacustomrole", ROLE),
            Map.entry("azapp", APPLICATION), Map.entry("oktaapplication", APPLICATION),
            Map.entry("computer", COMPUTER));

    /** Active Directory kinds as SharpHound and BloodHound name them. */
    private static final Set<String> AD_KINDS = Set.of("domain", "user", "group", "computer", "gpo", "ou",
            "container", "certtemplate", "enterpriseca", "rootca", "aiaca", "ntauthstore", "issuancepolicy");

    static String normalize(String kind) {
        return kind.replace("_", "").toLowerCase(Locale.ROOT);
    }

    static ModelKind of(List<String> kinds) {
        return kinds.stream().map(k -> KNOWN.get(normalize(k))).filter(k -> k != null).findFirst().orElse(GENERIC);
    }

    /** The directory family of a node's kinds: {@code entra}, {@code okta}, {@code ad}, or empty. */
    static Optional<String> family(List<String> kinds) {
        for (String kind : kinds) {
            String normalized = normalize(kind);
            if (normalized.startsWith("az") || normalized.startsWith("entra")) {
                return Optional.of("entra");
            }
            if (normalized.startsWith("okta")) {
                return Optional.of("okta");
            }
            if (AD_KINDS.contains(normalized)) {
                return Optional.of("ad");
            }
        }
        return Optional.empty();
    }

    /** The family a payload's {@code metadata.source_kind} names, e.g. {@code EntraTapPasskey}: entra. */
    static Optional<String> familyOfSource(String sourceKind) {
        String normalized = normalize(sourceKind);
        if (normalized.startsWith("az") || normalized.contains("entra") || normalized.contains("azure")) {
            return Optional.of("entra");
        }
        return normalized.contains("okta") ? Optional.of("okta") : Optional.empty();
    }
}
