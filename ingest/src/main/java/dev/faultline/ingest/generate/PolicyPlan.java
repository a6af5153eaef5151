package dev.faultline.ingest.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * One sign-in policy of a tenant, as planned: what it demands, its state, and what it covers.
 *
 * @param system the system it covers when {@code scope} is {@link Scope#SYSTEM}, else -1
 */
record PolicyPlan(String name, String kind, String state, String control, String clientAppTypes,
                  Scope scope, int system) {

    /** What a policy applies to. */
    enum Scope {
        /** the whole tenant (Entra {@code All}) */
        TENANT,
        /** the admins group and the privileged roles */
        ADMINS,
        /** the tenant's admin portal */
        ADMIN_PORTAL,
        /** the tenant's mail service */
        MAILBOX,
        /** the first department groups */
        DEPARTMENT,
        /** one application */
        SYSTEM
    }

    /** Whether it demands MFA, an authentication strength, or blocks: what the analyzer calls enforcing MFA. */
    boolean mfaControl() {
        return "require-mfa".equals(control) || "require-auth-strength".equals(control) || "block".equals(control);
    }

    /** Whether it demands or blocks something (an {@code allow} policy exempts nothing). */
    boolean enforcing() {
        return !"allow".equals(control);
    }

    /**
     * The policies of one tenant. Every policy that demands MFA or blocks is enabled (the planted
     * problems add report-only and disabled ones); the others' states are drawn from the rng.
     */
    static List<PolicyPlan> forTenant(TenantKind kind, int systems, int identities, Rng rng) {
        List<PolicyPlan> policies = new ArrayList<>(fixed(kind, rng));
        if (kind == TenantKind.ENTRA || kind == TenantKind.OKTA) {
            int perApp = Math.min(identities / 100_000, systems - SystemCatalog.FIXED);
            for (int k = 0; k < perApp; k++) {
                policies.add(perApplication(kind, k, rng));
            }
        }
        return policies;
    }

    private static List<PolicyPlan> fixed(TenantKind kind, Rng rng) {
        return switch (kind) {
            case ENTRA -> List.of(
                    ca("CA001 Require MFA for all users", "require-mfa", "browser;mobile-desktop",
                            "enabled", Scope.TENANT),
                    ca("CA002 Block legacy authentication", "block", "exchange-activesync;other",
                            "enabled", Scope.TENANT),
                    ca("CA003 Phishing-resistant MFA for admins", "require-auth-strength", "all",
                            "enabled", Scope.ADMINS),
                    ca("CA004 Require MFA for admin portals", "require-mfa", "all", "enabled", Scope.ADMIN_PORTAL),
                    ca("CA005 Compliant device for finance", "require-compliant-device",
                            "browser;mobile-desktop", rng.chance(0.3) ? "enabled" : "disabled", Scope.DEPARTMENT));
            case OKTA -> List.of(
                    of("Default sign-on policy: require MFA", "okta-sign-on", "require-mfa",
                            "enabled", Scope.TENANT),
                    of("Webmail app sign-on: password only", "okta-app-sign-on", "allow", "enabled", Scope.MAILBOX),
                    of("Admin Console app sign-on: MFA", "okta-app-sign-on", "require-mfa", "enabled",
                            Scope.ADMIN_PORTAL),
                    of("Contractors sign-on: MFA every session", "okta-sign-on", "require-mfa",
                            "enabled", Scope.DEPARTMENT));
            case AWS -> List.of(
                    of("DenyAllExceptListedIfNoMFA", "aws-mfa-condition", "require-mfa",
                            "enabled", Scope.TENANT),
                    of("AdminsRequireMFA", "aws-mfa-condition", "require-mfa", "enabled", Scope.ADMINS),
                    of("ConsoleUsersRequireMFA", "aws-mfa-condition", "require-mfa",
                            "enabled", Scope.DEPARTMENT));
            case GOOGLE -> List.of(
                    of("2-Step Verification enforced for all OUs", "google-2sv", "require-mfa",
                            "enabled", Scope.TENANT),
                    of("Security keys for admins", "google-2sv", "require-auth-strength", "enabled", Scope.ADMINS),
                    new PolicyPlan("Less secure apps allowed for mail", "other", state(rng, 0.5, "disabled"),
                            "allow", "exchange-activesync;other", Scope.MAILBOX, -1));
            case GITHUB -> List.of(
                    of("Require two-factor authentication", "other", "require-mfa",
                            "enabled", Scope.TENANT),
                    of("Owners require security keys", "other", "require-auth-strength", "enabled", Scope.ADMINS));
            case AD -> List.of();
        };
    }

    private static PolicyPlan perApplication(TenantKind kind, int k, Rng rng) {
        String state = "enabled";
        String name = kind == TenantKind.ENTRA ? "CA1%02d Require MFA for application %d" : "App sign-on %02d: MFA";
        String policyKind = kind == TenantKind.ENTRA ? "conditional-access" : "okta-app-sign-on";
        return new PolicyPlan(Text.format(name, k, SystemCatalog.FIXED + k), policyKind, state, "require-mfa",
                "all", Scope.SYSTEM, SystemCatalog.FIXED + k);
    }

    private static String state(Rng rng, double otherwise, String other) {
        return rng.chance(otherwise) ? other : "enabled";
    }

    private static PolicyPlan ca(String name, String control, String clientApps, String state, Scope scope) {
        return new PolicyPlan(name, "conditional-access", state, control, clientApps, scope, -1);
    }

    private static PolicyPlan of(String name, String kind, String control, String state, Scope scope) {
        return new PolicyPlan(name, kind, state, control, "all", scope, -1);
    }
}
