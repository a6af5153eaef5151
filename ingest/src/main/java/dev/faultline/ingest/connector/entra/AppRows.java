package dev.faultline.ingest.connector.entra;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Applications and service principals: each appId is one system (what identities reach) and one
 * identity (the service principal that authenticates as the app: {@code managed-identity} for
 * servicePrincipalType ManagedIdentity, else {@code service-principal}); their secrets and
 * certificates are credentials of that identity; their owners own both.
 */
final class AppRows {

    private AppRows() {
    }

    static void write(RowContext ctx) {
        Directory dir = ctx.dir;
        Set<String> appIds = new LinkedHashSet<>(dir.servicePrincipals.keySet());
        appIds.addAll(dir.applications.keySet());
        for (String appId : appIds) {
            Directory.ServicePrincipal sp = dir.servicePrincipals.get(appId);
            boolean managed = sp != null && "ManagedIdentity".equalsIgnoreCase(sp.type());
            ctx.ensureServicePrincipal(appId, sp == null ? null : sp.name(), managed);
            if (!managed) {
                ctx.ensureSystem(appId, sp == null ? null : sp.name());
            }
        }
        for (Directory.AppCredential cred : dir.credentials) {
            String key = ctx.keys.credential(cred.appId(), cred.kind(), cred.keyId());
            if (ctx.claim(key)) {
                ctx.rows.add("credentials.csv").set("id", key).set("tenant", ctx.keys.tenant())
                        .set("identity", ctx.ensureServicePrincipal(cred.appId(), null, false)).set("kind", cred.kind())
                        .set("created", cred.created()).set("expires", cred.expires());
            }
        }
        Set<String> owned = new LinkedHashSet<>();
        for (Directory.Ownership own : dir.ownerships) {
            String owner = own.ownerIsServicePrincipal() && own.ownerAppId() != null
                    ? ctx.ensureServicePrincipal(own.ownerAppId(), own.ownerName(), false)
                    : ctx.ensureUser(own.ownerId(), own.ownerUpn(), own.ownerName(), "member");
            for (String target : new String[] {ctx.keys.servicePrincipal(own.appId()), ctx.keys.system(own.appId())}) {
                if (ctx.has(target) && owned.add(owner + ">" + target)) {
                    ctx.rows.add("owners.csv").set("owner", owner).set("target", target).set("role", "owner");
                }
            }
        }
    }
}
