package dev.faultline.ingest.connector.okta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The MFA methods each user has enrolled, from the Factors API ({@code factorType}) and the
 * Authenticator Enrollments API ({@code type}/{@code key}), in the bundle's method names. Only
 * {@code ACTIVE} enrollments count; a password or a security question is no second factor.
 */
final class MfaMethods {

    private static final Map<String, String> BY_FACTOR_TYPE = Map.ofEntries(
            Map.entry("push", "push"), Map.entry("token:software:totp", "totp"), Map.entry("token:hotp", "totp"),
            Map.entry("token:hardware", "totp"), Map.entry("token", "totp"), Map.entry("sms", "sms"),
            Map.entry("call", "voice"), Map.entry("email", "email"), Map.entry("webauthn", "fido2"),
            Map.entry("u2f", "fido2"), Map.entry("signed_nonce", "passkey"), Map.entry("x509", "certificate"));

    private static final Map<String, String> BY_ENROLLMENT = Map.ofEntries(
            Map.entry("app", "push"), Map.entry("okta_verify", "push"), Map.entry("duo", "push"),
            Map.entry("phone", "sms"), Map.entry("phone_number", "sms"), Map.entry("email", "email"),
            Map.entry("okta_email", "email"), Map.entry("security_key", "fido2"), Map.entry("webauthn", "fido2"),
            Map.entry("google_otp", "totp"), Map.entry("otp", "totp"), Map.entry("yubikey_token", "totp"),
            Map.entry("rsa_token", "totp"), Map.entry("symantec_vip", "totp"), Map.entry("custom_otp", "totp"),
            Map.entry("onprem_mfa", "totp"), Map.entry("smart_card_idp", "certificate"));

    private final Map<String, Set<String>> byUser = new HashMap<>();

    /** Reads the factors and authenticator enrollments of the export; items with no known user are noted. */
    static MfaMethods of(OktaExport export, OktaRows out) {
        MfaMethods methods = new MfaMethods();
        int orphans = 0;
        for (OktaItem factor : export.items(Endpoint.FACTORS)) {
            orphans += methods.add(factor, BY_FACTOR_TYPE.get(OktaJson.required(factor, "factorType").toLowerCase()));
        }
        for (OktaItem enrollment : export.items(Endpoint.ENROLLMENTS)) {
            String type = OktaJson.required(enrollment, "type").toLowerCase();
            String key = OktaJson.text(enrollment, "key");
            String method = key != null && BY_ENROLLMENT.containsKey(key.toLowerCase())
                    ? BY_ENROLLMENT.get(key.toLowerCase()) : BY_ENROLLMENT.get(type);
            orphans += methods.add(enrollment, method);
        }
        if (orphans > 0) {
            out.note(orphans + " factor(s) or enrollment(s) name no user id");
        }
        return methods;
    }

    private int add(OktaItem item, String method) {
        if (item.parent() == null) {
            return 1;
        }
        Set<String> methods = byUser.computeIfAbsent(item.parent(), u -> new TreeSet<>());
        String status = OktaJson.text(item, "status");
        if (method != null && "ACTIVE".equalsIgnoreCase(status)) {
            methods.add(method);
        }
        return 0;
    }

    /** The user's active methods; empty when the export lists the user's factors but none is active. */
    Optional<List<String>> of(String userId) {
        Set<String> methods = byUser.get(userId);
        return methods == null ? Optional.empty() : Optional.of(List.copyOf(methods));
    }
}
