package dev.faultline.ingest.generate;

import dev.faultline.ingest.generate.Draw.Salt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What every planter shares: the enterprise, the plants being made, the identities already used
 * by a plant (so that two plants never touch one identity), and the facts the expected findings
 * are computed from (statuses, MFA registration, privileges, owners).
 */
final class PlantContext {

    static final long DAY = Timestamps.DAY;
    static final long NOW = Timestamps.NOW;

    final Enterprise enterprise;
    final Plants plants;
    final Population population;
    final Twins twins;
    private final List<Set<Integer>> used = new ArrayList<>();
    private int rows;

    PlantContext(Enterprise enterprise, Plants plants) {
        this.enterprise = enterprise;
        this.plants = plants;
        this.population = enterprise.population();
        this.twins = new Twins(enterprise);
        for (int t = 0; t < enterprise.tenants().size(); t++) {
            used.add(new HashSet<>());
        }
    }

    /** How many plants a rule gets: one per 3,000 identities, at least one per variant. */
    int count(int variants) {
        int identities = enterprise.tenants().stream().mapToInt(TenantPlan::identities).sum();
        return Math.max(variants, identities / 3000);
    }

    Rng rng(int tenant, int purpose) {
        return new Rng(enterprise.draw().bits(Salt.PLANT, tenant, purpose));
    }

    TenantPlan tenant(int t) {
        return enterprise.tenant(t);
    }

    boolean used(int t, int index) {
        return used.get(t).contains(index);
    }

    void use(int t, int index) {
        used.get(t).add(index);
    }

    /** An unused identity of the kind and status (any when null) that accept takes, now used; -1 when none. */
    int take(int t, IdentityKind kind, String status, Rng rng, IntPredicate accept) {
        int found = population.find(tenant(t), kind, status, rng, i -> !used(t, i) && accept.test(i));
        if (found >= 0) {
            use(t, found);
        }
        return found;
    }

    /** An unused non-human identity with the status, now used; -1 when none. */
    int takeNhi(int t, String status, Rng rng, IntPredicate accept) {
        IdentityBlocks blocks = tenant(t).blocks();
        for (IdentityKind kind : rotate(rng)) {
            if (!kind.human() && blocks.count(kind) > 0) {
                int found = take(t, kind, status, rng, accept);
                if (found >= 0) {
                    return found;
                }
            }
        }
        return -1;
    }

    private static IdentityKind[] rotate(Rng rng) {
        IdentityKind[] kinds = IdentityKind.ALL.clone();
        int shift = rng.below(kinds.length);
        IdentityKind[] rotated = new IdentityKind[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            rotated[k] = kinds[(k + shift) % kinds.length];
        }
        return rotated;
    }

    String key(int t, int index) {
        return tenant(t).identityKey(index);
    }

    String lead(int t) {
        return key(t, Population.leadAdmin(tenant(t)));
    }

    String status(int t, int index) {
        return population.status(tenant(t), index);
    }

    /** A unique key for a planted row of a tenant: {@code <tenant>/<kind>/planted-0001}. */
    String rowKey(int t, String kind) {
        return Text.padded(tenant(t).id() + "/" + kind + "/planted-", rows++, 4);
    }

    static String time(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).toString();
    }

    static String daysAgo(int days) {
        return time(NOW - days * DAY);
    }

    /** Whether the identity's MFA registration is true, false or unknown (null) once plants apply. */
    Boolean mfaRegistered(int t, int index) {
        Plants.IdentityPlant plant = plants.find(t, index);
        if (plant != null && plant.mfaRegistered != null) {
            return plant.mfaRegistered;
        }
        return HumanMfa.registered(enterprise, tenant(t), index);
    }

    Boolean legacyAuthAllowed(int t, int index) {
        Plants.IdentityPlant plant = plants.find(t, index);
        return plant == null ? null : plant.legacyAuthAllowed;
    }

    /** Admin and break-glass accounts hold privileged roles; other people only when a plant gives them one. */
    boolean privilegedHuman(int t, int index) {
        IdentityKind kind = tenant(t).blocks().kindOf(index);
        return kind == IdentityKind.ADMIN || kind == IdentityKind.BREAK_GLASS;
    }

    /** The enabled tenant-wide MFA policy of a tenant (its policy 0), -1 when none or no longer enabled. */
    int tenantPolicy(int t) {
        TenantPlan tenant = tenant(t);
        if (tenant.policies().isEmpty() || tenant.policies().get(0).scope() != PolicyPlan.Scope.TENANT) {
            return -1;
        }
        return "enabled".equals(plants.policyState(tenant.policyKey(0), tenant.policies().get(0).state())) ? 0 : -1;
    }

    /** The first enabled MFA, authentication-strength or block policy that covers less than the tenant, -1 when none. */
    int narrowPolicy(int t) {
        List<PolicyPlan> policies = tenant(t).policies();
        for (int p = 0; p < policies.size(); p++) {
            PolicyPlan policy = policies.get(p);
            if (policy.scope() != PolicyPlan.Scope.TENANT && policy.mfaControl() && "enabled".equals(policy.state())) {
                return p;
            }
        }
        return -1;
    }

    void expect(String rule, String subject, String target, String severity, String ownerKey, String ownerStatus,
                String why) {
        plants.expect(new Expected(rule, subject, target, severity, ownerKey, ownerStatus, why));
    }
}
