package dev.faultline.ingest.connector.entra;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the connector derives per user identity, beyond what the export states: whether legacy
 * authentication is allowed (and through which client types, closed by which policies), when it was
 * last used (successful legacy sign-ins), whether MFA is registered, and which enabled policies demand
 * MFA of it on browser and on legacy clients.
 *
 * @param identity          the identity's key
 * @param legacyAllowed     true unless enabled block policies close both legacy client types for it; null
 *                          (unknown) when the export carries no Conditional Access policies
 * @param openLegacyTypes   {@code exchange-activesync}, {@code other}: the legacy types left open
 * @param blockingPolicies  ids of the enabled policies that block legacy clients for it
 * @param legacyLastUsed    the last successful legacy sign-in; null when none is in the logs
 * @param mfaRegistered     from userRegistrationDetails; null when unknown
 * @param mfaOnBrowser      ids of enabled policies demanding MFA on browser sign-ins
 * @param mfaOnLegacy       ids of enabled policies demanding MFA on an open legacy client type (which a
 *                          legacy client cannot satisfy, so they fail closed)
 */
public record IdentityPosture(String identity, Boolean legacyAllowed, List<String> openLegacyTypes,
        List<String> blockingPolicies, OffsetDateTime legacyLastUsed, Boolean mfaRegistered,
        List<String> mfaOnBrowser, List<String> mfaOnLegacy) {
}
