package dev.faultline.ingest.connector.entra;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import dev.faultline.ingest.connector.BundleRows;

/**
 * What the row writers share: the rows, the key scheme, the directory, its coverage, and the
 * {@code ensure*} methods that add a minimal placeholder row for an object a reference names but the
 * export does not carry (its name is its id, or the name a register gave it), so no reference and no
 * exclusion is lost.
 */
final class RowContext {

    final BundleRows rows;
    final EntraKeys keys;
    final Directory dir;
    final PolicyCoverage coverage;
    final List<String> notes = new ArrayList<>();
    /** Per user identity key, what was derived about it. */
    final Map<String, IdentityPosture> postures = new LinkedHashMap<>();
    private final Set<String> claimed = new HashSet<>();

    RowContext(BundleRows rows, EntraKeys keys, Directory dir) {
        this.rows = rows;
        this.keys = keys;
        this.dir = dir;
        this.coverage = new PolicyCoverage(dir);
    }

    /** Records a key as written; false when it already was. */
    boolean claim(String key) {
        return claimed.add(key) && rows.claim(key);
    }

    /** Whether a row with this key was written. */
    boolean has(String key) {
        return claimed.contains(key);
    }

    /** The key of a user, adding a placeholder identity of {@code kind} when the export has no such user. */
    String ensureUser(String objectId, String upn, String name, String kind) {
        String key = keys.user(objectId);
        if (claim(key)) {
            String known = dir.knownNames.get(objectId);
            String display = name != null ? name : known;
            rows.add("identities.csv").set("id", key).set("tenant", keys.tenant()).set("kind", kind)
                    .set("name", upn != null ? upn : display != null ? display : objectId)
                    .set("display_name", display).set("upn", upn)
                    .set("source_id", objectId.equalsIgnoreCase(upn == null ? "" : upn) ? null : objectId);
        }
        return key;
    }

    String ensureGroup(String objectId) {
        String key = keys.group(objectId);
        if (claim(key)) {
            String name = dir.knownNames.getOrDefault(objectId, objectId);
            rows.add("groups.csv").set("id", key).set("tenant", keys.tenant()).set("name", name);
        }
        return key;
    }

    /** The synthetic group of all guest and external users, with every guest the export lists as member. */
    String ensureGuestsGroup() {
        String key = keys.guestsGroup();
        if (claim(key)) {
            rows.add("groups.csv").set("id", key).set("tenant", keys.tenant())
                    .set("name", "Guests or external users (Conditional Access GuestsOrExternalUsers)").set("kind", "dynamic");
            dir.users.values().stream().filter(u -> "guest".equals(u.userType())).forEach(u ->
                    rows.add("memberships.csv").set("member", keys.user(u.id())).set("group", key));
        }
        return key;
    }

    String ensureRole(String templateId) {
        String key = keys.role(templateId);
        if (claim(key)) {
            String name = dir.roleNames.getOrDefault(templateId, EntraRoles.name(templateId).orElse("role " + templateId));
            rows.add("roles.csv").set("id", key).set("tenant", keys.tenant()).set("name", name)
                    .set("privileged", EntraRoles.privileged(templateId));
        }
        return key;
    }

    String ensureSystem(String appId, String name) {
        String key = keys.system(appId);
        if (claim(key)) {
            String known = WellKnownApps.name(appId);
            String appName = dir.applications.get(appId);
            Directory.ServicePrincipal sp = dir.servicePrincipals.get(appId);
            String display = appName != null ? appName : sp != null ? sp.name() : name != null ? name : known != null ? known : appId;
            rows.add("systems.csv").set("id", key).set("tenant", keys.tenant()).set("name", display)
                    .set("kind", WellKnownApps.kind(appId));
        }
        return key;
    }

    /** The identity of an application's service principal (keyed by appId), a placeholder when only the app is known. */
    String ensureServicePrincipal(String appId, String name, boolean managed) {
        String key = keys.servicePrincipal(appId);
        if (claim(key)) {
            String appName = dir.applications.get(appId);
            Directory.ServicePrincipal sp = dir.servicePrincipals.get(appId);
            rows.add("identities.csv").set("id", key).set("tenant", keys.tenant())
                    .set("kind", managed ? "managed-identity" : "service-principal")
                    .set("name", name != null ? name : appName != null ? appName : appId)
                    .set("status", sp != null && Boolean.FALSE.equals(sp.enabled()) ? "disabled" : null)
                    .set("source_id", sp == null ? null : sp.objectId())
                    .set("last_sign_in", lastWorkloadSignIn(appId, false))
                    .set("last_interactive_sign_in", lastWorkloadSignIn(appId, true));
        }
        return key;
    }

    /** The last successful sign-in of a service principal in the logs (interactive ones only, if asked). */
    private java.time.OffsetDateTime lastWorkloadSignIn(String appId, boolean interactive) {
        return dir.signIns.stream()
                .filter(s -> s.servicePrincipal() && appId.equals(s.appId()) && s.success() && s.when() != null)
                .filter(s -> !interactive || s.interactive())
                .map(Directory.SignIn::when).max(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /** The identity key of a principal known by object id: user, group, or service principal; null when unknown. */
    String principal(String objectId) {
        if (dir.users.containsKey(objectId)) {
            return keys.user(objectId);
        }
        if (dir.groups.containsKey(objectId)) {
            return ensureGroup(objectId);
        }
        return dir.servicePrincipals.values().stream().filter(sp -> objectId.equals(sp.objectId()))
                .findFirst().map(sp -> keys.servicePrincipal(sp.appId())).orElse(null);
    }
}
