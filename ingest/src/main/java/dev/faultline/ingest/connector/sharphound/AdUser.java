package dev.faultline.ingest.connector.sharphound;

import java.time.OffsetDateTime;

/**
 * A user account.
 *
 * @param principal      id, domain and name
 * @param samAccountName the sign-in name; null for well-known principals
 * @param displayName    {@code displayname}
 * @param email          {@code email}
 * @param upn            {@code userprincipalname}, when the collector wrote it
 * @param enabled        null when absent
 * @param hasSpn         has a service principal name: a service account
 * @param managed        a group or standalone managed service account ({@code gmsa}, {@code msa})
 * @param adminCount     {@code admincount}: protected by AdminSDHolder, once or still in a privileged group
 * @param created        {@code whencreated}
 * @param lastLogon      the later of {@code lastlogon} and {@code lastlogontimestamp}; null for never
 * @param passwordSet    {@code pwdlastset}; null for never
 */
record AdUser(AdPrincipal principal, String samAccountName, String displayName, String email, String upn,
        Boolean enabled, boolean hasSpn, boolean managed, boolean adminCount, OffsetDateTime created,
        OffsetDateTime lastLogon, OffsetDateTime passwordSet) {

    /** A non-human account: it has an SPN or is a managed service account. */
    boolean serviceAccount() {
        return hasSpn || managed;
    }
}
