package dev.faultline.ingest.connector.entra;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Conditional Access policies, who and what they apply to, and one exception per exclusion.
 * Scope: {@code All} users is the tenant; {@code None} adds nothing; {@code GuestsOrExternalUsers}
 * (or {@code includeGuestsOrExternalUsers}) is the synthetic guests group; users, groups and roles are
 * themselves. Applications: {@code All} adds no system (a policy without systems covers every app);
 * {@code None} likewise adds none; a named app or app group is a system. An excluded object missing
 * from the export gets a placeholder row, so the exclusion is never lost. The owner of an exception
 * stays empty (unknown): Graph does not record one; a ScubaGear CapExclusion naming the same subject
 * for a requirement the policy implements supplies the justification and expiry; an emergency access
 * account or group declared in Maester's config is justified as such.
 */
final class PolicyRows {

    private PolicyRows() {
    }

    static void write(RowContext ctx) {
        for (CaPolicy policy : ctx.dir.policies.values()) {
            String key = ctx.keys.policy(policy.id());
            if (!ctx.claim(key)) {
                continue;
            }
            ctx.rows.add("policies.csv").set("id", key).set("tenant", ctx.keys.tenant()).set("name", policy.name())
                    .set("kind", "conditional-access").set("state", policy.state()).set("control", policy.control())
                    .set("client_app_types", policy.clientAppTypes());
            scope(ctx, policy, key);
            exceptions(ctx, policy, key);
        }
    }

    private static void scope(RowContext ctx, CaPolicy policy, String key) {
        if (policy.includesAllUsers()) {
            target(ctx, key, ctx.keys.tenant());
        }
        policy.includeUsers().stream().filter(u -> !u.equalsIgnoreCase("All") && !u.equalsIgnoreCase("None"))
                .forEach(u -> target(ctx, key, userKey(ctx, u)));
        policy.includeGroups().forEach(g -> target(ctx, key, ctx.ensureGroup(g)));
        policy.includeRoles().forEach(r -> target(ctx, key, ctx.ensureRole(r)));
        if (policy.includeGuests()) {
            target(ctx, key, ctx.ensureGuestsGroup());
        }
        policy.includeApplications().stream().filter(a -> !a.equalsIgnoreCase("All") && !a.equalsIgnoreCase("None"))
                .forEach(a -> target(ctx, key, ctx.ensureSystem(Directory.id(a), null)));
    }

    private static void target(RowContext ctx, String policy, String target) {
        if (ctx.claim(policy + " applies to " + target)) {
            ctx.rows.add("policy_scope.csv").set("policy", policy).set("target", target);
        }
    }

    private static void exceptions(RowContext ctx, CaPolicy policy, String key) {
        policy.excludeUsers().forEach(u -> exception(ctx, policy, key, userKey(ctx, u), "user", u));
        policy.excludeGroups().forEach(g -> exception(ctx, policy, key, ctx.ensureGroup(g), "group", g));
        policy.excludeRoles().forEach(r -> exception(ctx, policy, key, ctx.ensureRole(r), "role", r));
        if (policy.excludeGuests()) {
            exception(ctx, policy, key, ctx.ensureGuestsGroup(), "guests", null);
        }
    }

    private static void exception(RowContext ctx, CaPolicy policy, String policyKey, String subject, String kind, String id) {
        String key = ctx.keys.exception(policyKey, subject);
        if (!ctx.claim(key)) {
            return;
        }
        Optional<Directory.RegisterEntry> declared = declared(ctx.dir, policy, kind, id);
        boolean emergency = id != null && ctx.dir.breakGlassIds.contains(id);
        ctx.rows.add("exceptions.csv").set("id", key).set("tenant", ctx.keys.tenant()).set("policy", policyKey)
                .set("subject", subject)
                .set("justification", declared.map(PolicyRows::justification)
                        .orElse(emergency ? "emergency access account (declared in Maester EmergencyAccessAccounts)" : null))
                .set("expires", declared.map(Directory.RegisterEntry::expires).orElse(null));
    }

    /** The register entry declaring this exclusion: a CapExclusion of a requirement the policy implements. */
    static Optional<Directory.RegisterEntry> declared(Directory dir, CaPolicy policy, String kind, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return dir.register.stream()
                .filter(e -> kind.equals(e.subjectKind()) && id.equals(e.subjectId()))
                .filter(e -> ScubaRequirements.of(e.requirementId()).map(r -> r.implementer().test(policy)).orElse(false))
                .findFirst().map(e -> withOmission(dir, e));
    }

    /** A declared exclusion, with the rationale and expiry of an OmitPolicy entry for the same requirement. */
    static Directory.RegisterEntry withOmission(Directory dir, Directory.RegisterEntry entry) {
        Optional<Directory.RegisterEntry> omitted = dir.register.stream()
                .filter(o -> o.subjectId() == null && o.requirementId().equalsIgnoreCase(entry.requirementId())).findFirst();
        String rationale = omitted.map(Directory.RegisterEntry::justification).orElse(entry.justification());
        OffsetDateTime expires = omitted.map(Directory.RegisterEntry::expires).orElse(entry.expires());
        return new Directory.RegisterEntry(entry.requirementId(), entry.subjectKind(), entry.subjectId(), rationale, expires, entry.source());
    }

    static String justification(Directory.RegisterEntry entry) {
        String declared = "declared in the ScubaGear config (" + entry.source() + " of " + entry.requirementId() + ")";
        return entry.justification() == null ? declared : entry.justification() + "; " + declared;
    }

    private static String userKey(RowContext ctx, String id) {
        return ctx.dir.users.containsKey(id) ? ctx.keys.user(id) : ctx.ensureUser(id, null, null, "member");
    }
}
