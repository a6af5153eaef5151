package dev.faultline.ingest.connector.entra;

import java.time.OffsetDateTime;
import java.util.List;

/** Derives each user's {@link IdentityPosture} from the policies, the memberships and the sign-in logs. */
final class Postures {

    private Postures() {
    }

    static IdentityPosture of(RowContext ctx, Directory.User user, Directory.Registration reg) {
        if (!ctx.dir.policiesKnown) {
            return new IdentityPosture(ctx.keys.user(user.id()), null, List.of(), List.of(), legacyLastUsed(ctx.dir, user),
                    reg == null ? null : reg.mfaRegistered(), List.of(), List.of());
        }
        PolicyCoverage.LegacyVerdict legacy = ctx.coverage.legacyVerdict(user);
        List<String> onBrowser = ids(ctx.coverage.mfaPolicies(user, "browser"));
        List<String> onLegacy = legacy.openTypes().stream()
                .flatMap(type -> ctx.coverage.mfaPolicies(user, type).stream()).map(CaPolicy::id).distinct().toList();
        return new IdentityPosture(ctx.keys.user(user.id()), legacy.allowed(), legacy.openTypes(), legacy.blocking(),
                legacyLastUsed(ctx.dir, user), reg == null ? null : reg.mfaRegistered(), onBrowser, onLegacy);
    }

    private static OffsetDateTime legacyLastUsed(Directory dir, Directory.User user) {
        OffsetDateTime latest = null;
        for (Directory.SignIn s : dir.signIns) {
            boolean mine = !s.servicePrincipal() && (user.id().equals(s.userId())
                    || (user.upn() != null && user.upn().equalsIgnoreCase(s.upn())));
            if (mine && s.success() && s.when() != null && Protocols.legacy(Protocols.of(s.clientAppUsed(), s.authenticationProtocol()))
                    && (latest == null || s.when().isAfter(latest))) {
                latest = s.when();
            }
        }
        return latest;
    }

    private static List<String> ids(List<CaPolicy> policies) {
        return policies.stream().map(CaPolicy::id).toList();
    }
}
