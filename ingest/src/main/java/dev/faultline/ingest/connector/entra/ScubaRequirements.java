package dev.faultline.ingest.connector.entra;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The ScubaGear Entra ID baseline requirements that a CapExclusion can name, with what each demands
 * and which Conditional Access policies implement it, so that a declared exclusion can be joined to
 * the exclusion the tenant actually holds.
 */
final class ScubaRequirements {

    /**
     * @param title       the requirement as the baseline words it
     * @param control     the bundle control it demands
     * @param clientTypes the bundle client app types it concerns
     * @param implementer which Conditional Access policies implement it
     */
    record Requirement(String title, String control, List<String> clientTypes, Predicate<CaPolicy> implementer) {
    }

    private static final Predicate<CaPolicy> NONE = p -> false;

    private static final Map<String, Requirement> KNOWN = Map.of(
            "ms.aad.1.1v1", new Requirement("Legacy authentication SHALL be blocked", "block",
                    List.of("exchange-activesync", "other"),
                    p -> p.blocks() && (p.coversClientType("exchange-activesync") || p.coversClientType("other"))),
            "ms.aad.2.1v1", new Requirement("Users detected as high risk SHALL be blocked", "block", List.of("all"), NONE),
            "ms.aad.2.3v1", new Requirement("Sign-ins detected as high risk SHALL be blocked", "block", List.of("all"), NONE),
            "ms.aad.3.1v1", new Requirement("Phishing-resistant MFA SHALL be enforced for all users", "require-auth-strength",
                    List.of("all"), p -> p.includesAllUsers() && p.controls().contains("authenticationStrength")),
            "ms.aad.3.2v2", new Requirement("If phishing-resistant MFA has not been enforced, an alternative MFA method SHALL be enforced for all users",
                    "require-mfa", List.of("all"), p -> p.includesAllUsers() && p.demandsMfa()),
            "ms.aad.3.6v1", new Requirement("Phishing-resistant MFA SHALL be required for highly privileged roles",
                    "require-auth-strength", List.of("all"), p -> !p.includeRoles().isEmpty() && p.demandsMfa()),
            "ms.aad.3.7v1", new Requirement("Managed devices SHOULD be required for authentication", "require-compliant-device",
                    List.of("all"), NONE),
            "ms.aad.3.8v1", new Requirement("Managed Devices SHOULD be required to register MFA", "require-compliant-device",
                    List.of("all"), NONE),
            "ms.aad.3.9v1", new Requirement("Device code authentication flow SHALL be blocked", "block", List.of("all"), NONE));

    private ScubaRequirements() {
    }

    static Optional<Requirement> of(String requirementId) {
        return Optional.ofNullable(KNOWN.get(requirementId.toLowerCase(Locale.ROOT)));
    }
}
