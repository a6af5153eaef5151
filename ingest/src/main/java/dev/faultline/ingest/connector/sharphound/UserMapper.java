package dev.faultline.ingest.connector.sharphound;

import java.util.Set;

import dev.faultline.ingest.connector.BundleRows;

/**
 * Users to identities, each with its password as a credential ({@code last_rotated} from
 * {@code pwdlastset}). Kind: {@code service-account} for an account with an SPN or a managed service
 * account; otherwise {@code admin} when {@code admincount} is set or the user is a member, directly
 * or nested, of a privileged group; otherwise {@code member}. The SID is both {@code source_id} and
 * {@code on_prem_sid}, the value Entra keeps in {@code onPremisesSecurityIdentifier} for a synced
 * user. AD has no MFA of its own: {@code mfa_registered} stays unknown.
 */
final class UserMapper {

    private UserMapper() {
    }

    static void write(AdDirectory directory, BundleRows rows) {
        Set<String> privileged = PrivilegedReach.users(directory);
        for (AdUser user : directory.users()) {
            AdPrincipal principal = user.principal();
            String tenant = AdKeys.tenant(principal.domainSid());
            rows.add("identities.csv").set("id", AdKeys.user(principal)).set("tenant", tenant)
                    .set("kind", kind(user, privileged.contains(principal.id())))
                    .set("name", user.samAccountName() == null ? principal.name() : user.samAccountName())
                    .set("display_name", user.displayName()).set("email", user.email()).set("upn", user.upn())
                    .set("status", user.enabled() == null ? null : user.enabled() ? "active" : "disabled")
                    .set("on_prem_sid", principal.id()).set("source_id", principal.id())
                    .set("created", user.created()).set("last_sign_in", user.lastLogon());
            rows.add("credentials.csv").set("id", AdKeys.password(principal)).set("tenant", tenant)
                    .set("identity", AdKeys.user(principal)).set("kind", "password")
                    .set("last_rotated", user.passwordSet());
        }
    }

    static String kind(AdUser user, boolean inPrivilegedGroup) {
        if (user.serviceAccount()) {
            return "service-account";
        }
        return user.adminCount() || inPrivilegedGroup ? "admin" : "member";
    }
}
