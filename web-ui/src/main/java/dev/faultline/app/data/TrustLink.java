package dev.faultline.app.data;

/**
 * A trust between two tenants: {@code trusting} accepts {@code trusted}'s identities or claims,
 * both ways when {@code direction} is {@code two-way}. Null fields are unknown.
 *
 * @param mfaAccepted the trusting tenant accepts the trusted tenant's MFA claims
 * @param target      the key of what the trust grants access to, if it names one
 */
public record TrustLink(String key, String trusting, String trusted, String kind, String direction,
        Boolean transitive, Boolean mfaAccepted, Boolean sidFiltering, Boolean syncEnabled, Boolean mfaRequired,
        String target) {

    public boolean twoWay() {
        return "two-way".equals(direction);
    }
}
