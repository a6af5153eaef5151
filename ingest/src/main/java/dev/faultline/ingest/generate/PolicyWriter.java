package dev.faultline.ingest.generate;

import java.util.List;

/**
 * Writes policies.csv and policy_scope.csv: each tenant's sign-in policies (AD has none) and what
 * they cover: the whole tenant, the admins (group and privileged roles), a portal, a mail service,
 * the first departments or one application.
 */
final class PolicyWriter {

    private final Enterprise enterprise;
    private final Plants plants;

    PolicyWriter(Enterprise enterprise, Plants plants) {
        this.enterprise = enterprise;
        this.plants = plants;
    }

    /** A tenant's policies, then those plants add. */
    static List<PolicyPlan> all(TenantPlan tenant, Plants plants) {
        List<PolicyPlan> all = new java.util.ArrayList<>(tenant.policies());
        all.addAll(plants.policies(tenant.index()));
        return all;
    }

    void policies(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            List<PolicyPlan> policies = all(tenant, plants);
            for (int p = 0; p < policies.size(); p++) {
                PolicyPlan policy = policies.get(p);
                String key = tenant.policyKey(p);
                out.text(key).ref(tenant.id()).text(policy.name()).text(policy.kind())
                        .text(plants.policyState(key, policy.state())).text(policy.control())
                        .text(policy.clientAppTypes()).end();
            }
        }
    }

    void scope(CsvOut out) {
        for (TenantPlan tenant : enterprise.tenants()) {
            List<PolicyPlan> policies = all(tenant, plants);
            for (int p = 0; p < policies.size(); p++) {
                targets(out, tenant, tenant.policyKey(p), policies.get(p));
            }
        }
    }

    private static void targets(CsvOut out, TenantPlan tenant, String policy, PolicyPlan plan) {
        switch (plan.scope()) {
            case TENANT -> out.ref(policy).ref(tenant.id()).end();
            case ADMINS -> {
                out.ref(policy).ref(tenant.groupKey(TenantPlan.ADMINS_GROUP)).end();
                for (int r = 0; r < tenant.roles().privilegedCount(); r++) {
                    out.ref(policy).ref(tenant.roleKey(r)).end();
                }
            }
            case ADMIN_PORTAL -> out.ref(policy).ref(tenant.systemKey(SystemCatalog.ADMIN_PORTAL)).end();
            case MAILBOX -> out.ref(policy).ref(tenant.systemKey(Math.max(0, tenant.mailSystem()))).end();
            case DEPARTMENT -> {
                int last = Math.min(tenant.groups(), TenantPlan.FIRST_DEPARTMENT + 2);
                for (int g = TenantPlan.FIRST_DEPARTMENT; g < last; g++) {
                    out.ref(policy).ref(tenant.groupKey(g)).end();
                }
            }
            case SYSTEM -> out.ref(policy).ref(tenant.systemKey(plan.system())).end();
        }
    }
}
