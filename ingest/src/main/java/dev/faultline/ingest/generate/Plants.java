package dev.faultline.ingest.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems planted in a generated enterprise, one set per tenant, and the findings they must
 * give. Writers ask it about the few identities a plant changes and append its extra rows; the
 * background stays clean. Holds only what was planted: a few rows per thousand identities.
 */
final class Plants {

    /** What a plant changes on one identity; null or -1 fields keep the background's value. */
    static final class IdentityPlant {
        Boolean mfaRegistered;
        Boolean legacyAuthAllowed;
        boolean synced;
        long lastSignIn = -1;
        long lastInteractiveSignIn = -1;
        /** No random group membership or role: only what plants give it. */
        boolean plain;
        /** Owners as (owner key, role) pairs; null keeps the background's owner, empty means none. */
        List<String[]> owners;
        /** Replaces the first credential's kind (a password on an Entra service account). */
        String firstCredentialKind;
    }

    private final Map<Long, IdentityPlant> identities = new HashMap<>();
    private final java.util.BitSet[] marked;
    private final Map<BundleFile, List<String[]>> rows = new EnumMap<>(BundleFile.class);
    private final List<List<PolicyPlan>> policies = new ArrayList<>();
    private final List<List<String>> policyOwners = new ArrayList<>();
    private final Map<String, String> policyStates = new HashMap<>();
    private final List<TrustPlan> trusts = new ArrayList<>();
    private final List<Expected> expected = new ArrayList<>();

    Plants(Enterprise enterprise) {
        int tenants = enterprise.tenants().size();
        marked = new java.util.BitSet[tenants];
        for (int t = 0; t < tenants; t++) {
            marked[t] = new java.util.BitSet();
            policies.add(new ArrayList<>());
            policyOwners.add(new ArrayList<>());
        }
    }

    /** The plant of an identity, created on first use. */
    IdentityPlant identity(int tenant, int index) {
        marked[tenant].set(index);
        return identities.computeIfAbsent(People.pack(tenant, index), k -> new IdentityPlant());
    }

    /** The plant of an identity, null when none changes it. */
    IdentityPlant find(int tenant, int index) {
        return marked[tenant].get(index) ? identities.get(People.pack(tenant, index)) : null;
    }

    boolean plain(int tenant, int index) {
        IdentityPlant plant = find(tenant, index);
        return plant != null && plant.plain;
    }

    /** Adds a row to a file; cells in the file's column order, null for empty. */
    void row(BundleFile file, String... cells) {
        if (cells.length != file.columns().size()) {
            throw new IllegalArgumentException(file.fileName() + " has " + file.columns().size() + " columns, got "
                    + cells.length);
        }
        rows.computeIfAbsent(file, f -> new ArrayList<>()).add(cells);
    }

    List<String[]> rows(BundleFile file) {
        return rows.getOrDefault(file, List.of());
    }

    void policy(int tenant, PolicyPlan policy, String ownerKey) {
        policies.get(tenant).add(policy);
        policyOwners.get(tenant).add(ownerKey);
    }

    /** Policies added to a tenant after its own, numbered after them. */
    List<PolicyPlan> policies(int tenant) {
        return policies.get(tenant);
    }

    /** The owner key of added policy k of a tenant, null for none. */
    String policyOwner(int tenant, int k) {
        return policyOwners.get(tenant).get(k);
    }

    void overridePolicyState(String policyKey, String state) {
        policyStates.put(policyKey, state);
    }

    String policyState(String policyKey, String background) {
        return policyStates.getOrDefault(policyKey, background);
    }

    void trust(TrustPlan trust) {
        trusts.add(trust);
    }

    List<TrustPlan> trusts() {
        return trusts;
    }

    void expect(Expected finding) {
        expected.add(finding);
    }

    List<Expected> expected() {
        return expected;
    }
}
