package dev.faultline.ingest.generate;

import dev.faultline.ingest.generate.Draw.Salt;

/**
 * Whether a human account has MFA registered. Drawn once per person, so that every account of a
 * person agrees (no weaker twin in the background); unknown in directories without MFA (AD) and
 * for non-human identities, false for a cloud service account; external guests and break-glass
 * accounts always have it.
 */
final class HumanMfa {

    private static final double REGISTERED_SHARE = 0.88;

    private HumanMfa() {
    }

    static Boolean registered(Enterprise enterprise, TenantPlan tenant, int index) {
        IdentityKind kind = tenant.blocks().kindOf(index);
        if (!kind.human() || !tenant.kind().hasMfa()) {
            boolean cloudServiceAccount = kind == IdentityKind.SERVICE_ACCOUNT && tenant.kind() != TenantKind.AD;
            return cloudServiceAccount ? Boolean.FALSE : null;
        }
        long person = enterprise.people().personOf(tenant.index(), index);
        if (kind == IdentityKind.BREAK_GLASS || kind == IdentityKind.GUEST && person == People.pack(tenant.index(), index)) {
            return Boolean.TRUE;
        }
        return enterprise.draw().unit(Salt.MFA, People.tenantOf(person), People.indexOf(person)) < REGISTERED_SHARE;
    }
}
