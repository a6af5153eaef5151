package dev.faultline.ingest.connector.entra;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the readers learnt about one tenant, endpoint by endpoint, before any row is written. Ids are
 * kept lower case. Mutable while reading; the derivations and writers only read it.
 */
final class Directory {

    final Map<String, User> users = new LinkedHashMap<>();
    final Map<String, Group> groups = new LinkedHashMap<>();
    /** group id to member object ids (users, groups, service principals by object id). */
    final Map<String, Set<String>> members = new LinkedHashMap<>();
    final Map<String, String> roleNames = new LinkedHashMap<>();
    final List<RoleGrant> roleGrants = new ArrayList<>();
    final Map<String, ServicePrincipal> servicePrincipals = new LinkedHashMap<>();
    final Map<String, String> applications = new LinkedHashMap<>();
    final List<AppCredential> credentials = new ArrayList<>();
    final List<Ownership> ownerships = new ArrayList<>();
    final Map<String, CaPolicy> policies = new LinkedHashMap<>();
    /** Whether the export carried the Conditional Access policies at all: without them coverage is unknown. */
    boolean policiesKnown;
    final Map<String, Registration> registrations = new LinkedHashMap<>();
    final List<SignIn> signIns = new ArrayList<>();
    final Map<String, Partner> partners = new LinkedHashMap<>();
    Boolean defaultMfaAccepted;
    /** Display names of objects known only by id (MigrationTable, ScubaGear privileged users). */
    final Map<String, String> knownNames = new LinkedHashMap<>();
    final Set<String> breakGlassIds = new LinkedHashSet<>();
    final Set<String> breakGlassUpns = new LinkedHashSet<>();
    final List<RegisterEntry> register = new ArrayList<>();
    /** Tenant ids the export states (organization, ScubaGear, MigrationTable), first is the tenant. */
    final Set<String> tenantIds = new LinkedHashSet<>();
    /** Tenant ids seen in sign-in records: the tenant only when nothing else names one. */
    final Set<String> signInTenantIds = new LinkedHashSet<>();
    String tenantName;
    /** Exchange Online's SmtpClientAuthenticationDisabled (ScubaGear transport_config); null when unknown. */
    Boolean smtpAuthDisabled;
    String primaryDomain;

    static String id(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    /** The user of this object id, or of this UPN (case-insensitive); null when unknown. */
    User userByIdOrUpn(String objectId, String upn) {
        User byId = objectId == null ? null : users.get(id(objectId));
        if (byId != null || upn == null) {
            return byId;
        }
        return users.values().stream().filter(u -> upn.equalsIgnoreCase(u.upn())).findFirst().orElse(null);
    }

    /** A user account. {@code userType} is {@code member} or {@code guest} (lower case). */
    record User(String id, String upn, String displayName, String mail, String userType, Boolean enabled,
            boolean synced, String onPremSid, String employeeId, OffsetDateTime created, OffsetDateTime lastSignIn,
            OffsetDateTime lastInteractiveSignIn) {

        /** A user known only by id, name or UPN (from a sign-in, a registration, a register). */
        static User minimal(String id, String upn, String displayName, String userType, boolean synced) {
            return new User(id, upn, displayName, null, userType, null, synced, null, null, null, null, null);
        }
    }

    /** {@code kind} is a bundle group kind. */
    record Group(String id, String name, String kind, boolean synced, String onPremSid) {
    }

    /** A directory role held by a principal (object id), active or PIM-eligible. */
    record RoleGrant(String principalId, String roleTemplateId, boolean eligible, String scope) {
    }

    /** {@code type} is Graph's servicePrincipalType. */
    record ServicePrincipal(String objectId, String appId, String name, String type, Boolean enabled) {
    }

    /** A client secret or certificate of an application or service principal ({@code appId}). */
    record AppCredential(String appId, String kind, String keyId, String name, OffsetDateTime created,
            OffsetDateTime expires) {
    }

    /** An owner of an application or service principal ({@code appId}). */
    record Ownership(String ownerId, String ownerUpn, String ownerName, boolean ownerIsServicePrincipal,
            String ownerAppId, String appId) {
    }

    /** userRegistrationDetails: {@code methods} as Graph names them. */
    record Registration(String userId, String upn, String displayName, String userType, Boolean isAdmin,
            Boolean mfaRegistered, List<String> methods) {
    }

    /**
     * One sign-in. {@code userId} is set for a user sign-in, {@code appId} of the signing-in service
     * principal for a workload one.
     */
    record SignIn(String userId, String upn, String userName, boolean servicePrincipal, boolean managedIdentity,
            String spName, String appId, String appName, String resourceId, String resourceName,
            String clientAppUsed, String authenticationProtocol, boolean multiFactor, boolean success,
            boolean interactive, OffsetDateTime when) {
    }

    /** A cross-tenant access partner; {@code mfaAccepted} null means "inherits the default". */
    record Partner(String tenantId, String name, Boolean mfaAccepted, boolean syncAllowed) {
    }

    /**
     * A declared exclusion in a register (ScubaGear config): {@code subjectKind} is {@code user},
     * {@code group} or {@code role}; {@code subjectId} null for an {@code OmitPolicy} entry.
     */
    record RegisterEntry(String requirementId, String subjectKind, String subjectId, String justification,
            OffsetDateTime expires, String source) {
    }
}
