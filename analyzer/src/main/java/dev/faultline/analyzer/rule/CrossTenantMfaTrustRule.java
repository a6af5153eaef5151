package dev.faultline.analyzer.rule;

import java.util.List;

/**
 * Trusts through which a tenant accepts MFA claims from a tenant that does not enforce MFA for all
 * its identities (no enabled tenant-wide MFA policy, an AD tenant, or no policies known at all).
 * One finding per trusting tenant and trust; a two-way trust is read in both directions. The
 * evidence counts the trusted tenant's identities, those no MFA policy covers, and those linked to
 * privileged identities of the trusting tenant.
 */
public final class CrossTenantMfaTrustRule extends PatternRule {

    public CrossTenantMfaTrustRule() {
        super(new RuleInfo("cross-tenant-mfa-trust",
                "Tenant accepts MFA claims from a tenant that does not enforce MFA",
                "A tenant that accepts another tenant's MFA claims (Entra isMfaAccepted, Okta mapAMRClaims, "
                        + "federation) lets that tenant's identities in as if they had passed MFA; when the "
                        + "trusted tenant does not require MFA of everyone, a stolen password there is enough "
                        + "to cross the trust without a second factor.",
                "Require MFA for all users of the trusted tenant with an enabled tenant-wide policy, or stop "
                        + "accepting its MFA claims so that the trusting tenant asks for MFA itself.",
                List.of("PR.AA-04", "PR.AA-03", "GV.PO-02")));
    }
}
