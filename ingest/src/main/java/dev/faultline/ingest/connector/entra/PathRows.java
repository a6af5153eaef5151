package dev.faultline.ingest.connector.entra;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Authentication paths, observed and derived. Observed: each successful sign-in makes (or updates)
 * the path of its identity to the resource it reached (the app itself when no resource is named)
 * with the protocol of its client app; MFA counts as enforced on that path only when every sign-in
 * on it satisfied multi-factor authentication. Derived: legacy client types that no enabled block
 * policy closes are paths to Exchange Online without MFA (legacy clients cannot do MFA): per user when
 * the export lists users, and per population always: the tenant when no enabled all-users block
 * exists for that type, else each subject every such block excludes (a role exclusion has no path
 * subject and is left to the policy's exception). Without Conditional Access policies in the export
 * nothing is derived: their absence says nothing about the tenant.
 */
final class PathRows {

    private final RowContext ctx;
    private final Map<String, Path> paths = new LinkedHashMap<>();

    private PathRows(RowContext ctx) {
        this.ctx = ctx;
    }

    static void write(RowContext ctx) {
        PathRows rows = new PathRows(ctx);
        rows.observed();
        rows.derived();
        rows.paths.forEach((key, p) -> ctx.rows.add("auth_paths.csv").set("id", key).set("tenant", ctx.keys.tenant())
                .set("subject", p.subject).set("system", p.system).set("protocol", p.protocol)
                .set("mfa_enforced", p.mfa).set("last_used", p.lastUsed));
    }

    private void observed() {
        for (Directory.SignIn s : ctx.dir.signIns) {
            if (!s.success()) {
                continue;
            }
            String subject = subject(s);
            String target = s.resourceId() != null ? s.resourceId() : s.appId();
            if (subject == null || target == null) {
                continue;
            }
            String system = ctx.ensureSystem(target, s.resourceId() != null ? s.resourceName() : s.appName());
            add(subject, target, system, Protocols.of(s.clientAppUsed(), s.authenticationProtocol()), s.multiFactor(), s.when());
        }
    }

    private String subject(Directory.SignIn s) {
        if (s.servicePrincipal()) {
            return s.appId() == null ? null : ctx.ensureServicePrincipal(s.appId(), s.spName(), s.managedIdentity());
        }
        if (s.userId() == null && s.upn() == null) {
            return null;
        }
        Directory.User user = ctx.dir.userByIdOrUpn(s.userId(), s.upn());
        return user != null ? ctx.keys.user(user.id())
                : ctx.ensureUser(s.userId() != null ? s.userId() : s.upn(), s.upn(), s.userName(), "member");
    }

    private void derived() {
        if (!ctx.dir.policiesKnown) {
            return;
        }
        String exchange = WellKnownApps.EXCHANGE_ONLINE;
        String system = ctx.ensureSystem(exchange, null);
        for (IdentityPosture posture : ctx.postures.values()) {
            for (String type : posture.openLegacyTypes()) {
                add(posture.identity(), exchange, system, Protocols.ofClientType(type), false, null);
            }
        }
        for (Map.Entry<String, Set<String>> entry : ctx.coverage.legacyPopulation().entrySet()) {
            String protocol = Protocols.ofClientType(entry.getKey());
            if (entry.getValue() == null) {
                add(ctx.keys.tenant(), exchange, system, protocol, false, null);
                continue;
            }
            for (String subject : entry.getValue()) {
                String key = subject.startsWith("user:") ? ctx.ensureUser(subject.substring(5), null, null, "member")
                        : subject.startsWith("group:") ? ctx.ensureGroup(subject.substring(6))
                        : subject.equals("guests") ? ctx.ensureGuestsGroup() : null;
                if (key != null) {
                    add(key, exchange, system, protocol, false, null);
                }
            }
        }
    }

    private void add(String subject, String appId, String system, String protocol, boolean mfa, OffsetDateTime when) {
        String key = ctx.keys.authPath(subject, appId, protocol);
        Path path = paths.computeIfAbsent(key, k -> new Path(subject, system, protocol, mfa));
        path.mfa = path.mfa && mfa;
        if (when != null && (path.lastUsed == null || when.isAfter(path.lastUsed))) {
            path.lastUsed = when;
        }
    }

    private static final class Path {
        final String subject;
        final String system;
        final String protocol;
        boolean mfa;
        OffsetDateTime lastUsed;

        Path(String subject, String system, String protocol, boolean mfa) {
            this.subject = subject;
            this.system = system;
            this.protocol = protocol;
            this.mfa = mfa;
        }
    }
}
