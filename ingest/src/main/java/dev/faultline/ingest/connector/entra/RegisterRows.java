package dev.faultline.ingest.connector.entra;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * ScubaGear config entries as exceptions of their own. Each requirement a CapExclusion names
 * ({@code MS.AAD.1.1v1}) becomes a policy of kind {@code other} in state {@code report-only}: an
 * assessment requirement enforces nothing itself. Each excluded user or group is an exception to
 * it, with the justification and expiry an {@code OmitPolicy} entry of the same requirement gives.
 * An {@code OmitPolicy} entry with no exclusion names no subject and cannot be an exception row; it
 * is listed in the notes.
 */
final class RegisterRows {

    private RegisterRows() {
    }

    static void write(RowContext ctx) {
        Set<String> requirementsWithSubjects = new LinkedHashSet<>();
        for (Directory.RegisterEntry entry : ctx.dir.register) {
            if (entry.subjectId() == null) {
                continue;
            }
            requirementsWithSubjects.add(entry.requirementId().toLowerCase());
            String policy = requirement(ctx, entry.requirementId());
            String subject = entry.subjectKind().equals("group") ? ctx.ensureGroup(entry.subjectId())
                    : ctx.dir.users.containsKey(entry.subjectId()) ? ctx.keys.user(entry.subjectId())
                    : ctx.ensureUser(entry.subjectId(), null, null, "member");
            String key = ctx.keys.exception(policy, subject);
            if (ctx.claim(key)) {
                Directory.RegisterEntry full = PolicyRows.withOmission(ctx.dir, entry);
                ctx.rows.add("exceptions.csv").set("id", key).set("tenant", ctx.keys.tenant()).set("policy", policy)
                        .set("subject", subject).set("justification", PolicyRows.justification(full)).set("expires", full.expires());
            }
        }
        for (Directory.RegisterEntry entry : ctx.dir.register) {
            if (entry.subjectId() == null && !requirementsWithSubjects.contains(entry.requirementId().toLowerCase())) {
                ctx.notes.add("ScubaGear OmitPolicy " + entry.requirementId() + " names no excluded subject: not an exception row"
                        + (entry.justification() == null ? "" : " (rationale: " + entry.justification() + ")"));
            }
        }
    }

    private static String requirement(RowContext ctx, String requirementId) {
        String key = ctx.keys.requirement(requirementId);
        if (ctx.claim(key)) {
            var known = ScubaRequirements.of(requirementId);
            ctx.rows.add("policies.csv").set("id", key).set("tenant", ctx.keys.tenant())
                    .set("name", requirementId + known.map(r -> " " + r.title()).orElse(""))
                    .set("kind", "other").set("state", "report-only")
                    .set("control", known.map(ScubaRequirements.Requirement::control).orElse("allow"))
                    .set("client_app_types", known.map(ScubaRequirements.Requirement::clientTypes).orElse(null));
        }
        return key;
    }
}
