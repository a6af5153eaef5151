package dev.faultline.ingest.connector.entra;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a Conditional Access policy covers, derived rather than copied: included (all users, the user,
 * a group it is in, directly or nested, a role it holds actively, directly or through a group, or
 * guests) minus excluded (the same on the exclude side). Only {@code enabled} policies enforce
 * anything; report-only and disabled ones are ignored by {@link #legacyVerdict} and {@link #mfaPolicies}.
 *
 * <p>Legacy authentication ({@code exchange-activesync}, {@code other}) is allowed for an identity
 * unless an enabled policy that blocks, applies to all applications, takes in that client type and
 * covers the identity exists, for each of the two legacy types (the rule of the domain primer).
 * Membership is resolved once per identity: O(groups reachable) per identity.
 */
final class PolicyCoverage {

    /** The two legacy client app types, as the bundle names them. */
    static final List<String> LEGACY_TYPES = List.of("exchange-activesync", "other");

    private final Directory dir;
    private final Map<String, Set<String>> parents = new HashMap<>();
    private final Map<String, Set<String>> groupsCache = new HashMap<>();

    PolicyCoverage(Directory dir) {
        this.dir = dir;
        dir.members.forEach((group, members) -> members.forEach(m -> parents.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(group)));
    }

    /** Every group the principal is in, directly or through nested groups. */
    Set<String> groupsOf(String principalId) {
        return groupsCache.computeIfAbsent(principalId, id -> {
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>(parents.getOrDefault(id, Set.of()));
            while (!todo.isEmpty()) {
                String group = todo.pop();
                if (seen.add(group)) {
                    todo.addAll(parents.getOrDefault(group, Set.of()));
                }
            }
            return seen;
        });
    }

    /** The roles the principal holds actively, directly or through a group (eligible PIM roles are not active). */
    Set<String> activeRolesOf(String principalId) {
        Set<String> holders = new LinkedHashSet<>(groupsOf(principalId));
        holders.add(principalId);
        Set<String> roles = new LinkedHashSet<>();
        for (Directory.RoleGrant grant : dir.roleGrants) {
            if (!grant.eligible() && holders.contains(grant.principalId())) {
                roles.add(grant.roleTemplateId());
            }
        }
        return roles;
    }

    /** Whether the policy, whatever its state, takes in this user: included and not excluded. */
    boolean covers(CaPolicy policy, Directory.User user) {
        Set<String> groups = groupsOf(user.id());
        Set<String> roles = activeRolesOf(user.id());
        boolean guest = "guest".equals(user.userType());
        boolean included = policy.includesAllUsers() || policy.includeUsers().contains(user.id())
                || intersects(policy.includeGroups(), groups) || intersects(policy.includeRoles(), roles)
                || (policy.includeGuests() && guest);
        boolean excluded = policy.excludeUsers().contains(user.id()) || intersects(policy.excludeGroups(), groups)
                || intersects(policy.excludeRoles(), roles) || (policy.excludeGuests() && guest);
        return included && !excluded;
    }

    /** The legacy verdict of one user: which legacy client types stay open, and which policies close the others. */
    LegacyVerdict legacyVerdict(Directory.User user) {
        List<String> open = new ArrayList<>();
        Set<String> blocking = new LinkedHashSet<>();
        for (String type : LEGACY_TYPES) {
            List<String> blockers = dir.policies.values().stream()
                    .filter(p -> blocksLegacy(p, type) && covers(p, user)).map(CaPolicy::id).toList();
            if (blockers.isEmpty()) {
                open.add(type);
            }
            blocking.addAll(blockers);
        }
        return new LegacyVerdict(!open.isEmpty(), open, List.copyOf(blocking));
    }

    /**
     * The enabled, unconditional policies including {@code All} applications (exclusions tolerated) that
     * demand MFA of the user on this client type (a bundle name). A policy for some apps, or for a user
     * action only, does not make MFA the rule.
     */
    List<CaPolicy> mfaPolicies(Directory.User user, String clientType) {
        return dir.policies.values().stream()
                .filter(p -> p.enabled() && p.unconditional() && p.includesAllApplications() && p.demandsMfa()
                        && p.coversClientType(clientType)
                        && covers(p, user)).toList();
    }

    /**
     * Who may use legacy client type {@code type} when no user list is known, per type: empty
     * {@code Optional}-like result {@code null} means everyone (no enabled all-users block), otherwise
     * the subjects ({@code user:}, {@code group:}, {@code role:} or {@code guests}) excluded from every
     * all-users block policy for that type.
     */
    Map<String, Set<String>> legacyPopulation() {
        Map<String, Set<String>> population = new LinkedHashMap<>();
        for (String type : LEGACY_TYPES) {
            List<CaPolicy> blocks = dir.policies.values().stream()
                    .filter(p -> blocksLegacy(p, type) && p.includesAllUsers()).toList();
            if (blocks.isEmpty()) {
                population.put(type, null);
                continue;
            }
            Set<String> subjects = null;
            for (CaPolicy block : blocks) {
                Set<String> excluded = exclusions(block);
                if (subjects == null) {
                    subjects = excluded;
                } else {
                    subjects.retainAll(excluded);
                }
            }
            population.put(type, subjects);
        }
        return population;
    }

    static boolean blocksLegacy(CaPolicy policy, String type) {
        return policy.enabled() && policy.unconditional() && policy.blocks()
                && policy.coversApplication(WellKnownApps.EXCHANGE_ONLINE) && policy.coversClientType(type);
    }

    private static Set<String> exclusions(CaPolicy policy) {
        Set<String> subjects = new LinkedHashSet<>();
        policy.excludeUsers().forEach(u -> subjects.add("user:" + u));
        policy.excludeGroups().forEach(g -> subjects.add("group:" + g));
        policy.excludeRoles().forEach(r -> subjects.add("role:" + r));
        if (policy.excludeGuests()) {
            subjects.add("guests");
        }
        return subjects;
    }

    private static boolean intersects(Collection<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /**
     * @param allowed   whether any legacy client type stays open
     * @param openTypes the legacy client types no enabled block policy closes for this identity
     * @param blocking  ids of the enabled policies that block a legacy type for it
     */
    record LegacyVerdict(boolean allowed, List<String> openTypes, List<String> blocking) {
    }
}
