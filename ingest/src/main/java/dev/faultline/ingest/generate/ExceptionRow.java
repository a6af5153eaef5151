package dev.faultline.ingest.generate;

/** Draws and writes the rows of one tenant's exceptions.csv. */
final class ExceptionRow {

    private final TenantPlan tenant;
    private final CsvOut out;
    private final Rng rng;
    private final GroupSizes sizes;
    private final Population population;

    ExceptionRow(Enterprise enterprise, TenantPlan tenant, CsvOut out, Rng rng, GroupSizes sizes) {
        this.tenant = tenant;
        this.out = out;
        this.rng = rng;
        this.sizes = sizes;
        this.population = enterprise.population();
    }

    Rng rng() {
        return rng;
    }

    /** A break-glass account excluded by design, owned and approved by active admins, never expiring. */
    void breakGlass(String key, String policy, int account) {
        out.text(key).ref(tenant.id()).ref(policy).ref(tenant.identityKey(account))
                .ref(identity(population.pickActiveAdmin(tenant, rng))).empty()
                .ref(identity(population.pickActiveAdmin(tenant, rng)))
                .text("Emergency access account, excluded by design").text(ticket())
                .dateTime(Timestamps.daysAgo(rng, 200, 1500)).empty().empty().end();
    }

    void ordinary(String key, String policy, String justification) {
        out.text(key).ref(tenant.id()).ref(policy);
        int approvedSize = subject();
        out.ref(owner()).ref(rng.chance(0.75) ? identity(population.pickPerson(tenant, rng)) : null)
                .ref(rng.chance(0.8) ? identity(population.pickActiveAdmin(tenant, rng)) : null)
                .text(rng.chance(0.85) ? justification : null).text(ticket());
        long created = Timestamps.daysAgo(rng, 30, 2000);
        out.dateTime(created);
        expires(created);
        if (approvedSize < 0) {
            out.empty();
        } else {
            out.number(approvedSize);
        }
        out.end();
    }

    /** Writes the subject; returns the approved size for a group subject, -1 otherwise. */
    private int subject() {
        double u = rng.unit();
        int nonHuman = population.pickNonHuman(tenant, rng);
        if (u < 0.35 && nonHuman >= 0) {
            out.ref(identity(nonHuman));
            return -1;
        }
        if (u < 0.5) {
            out.ref(identity(population.pickPerson(tenant, rng)));
            return -1;
        }
        if (u < 0.88) {
            int group = rng.chance(0.4) ? rng.between(TenantPlan.SERVICE_ACCOUNTS_GROUP, TenantPlan.LEGACY_MAIL_GROUP)
                    : rng.skewed(TenantPlan.FIRST_DEPARTMENT, tenant.groups());
            out.ref(tenant.groupKey(group));
            return approvedSize(sizes.size(tenant.index(), group));
        }
        RoleCatalog roles = tenant.roles();
        out.ref(tenant.roleKey(roles.privilegedCount() + rng.below(roles.size() - roles.privilegedCount())));
        return -1;
    }

    /** Half of the big groups have grown past what was approved; some approvals name no size. */
    private int approvedSize(int size) {
        if (size >= 4 && rng.chance(0.5)) {
            return Math.max(1, size / rng.between(2, 4));
        }
        return rng.chance(0.8) ? size : -1;
    }

    /** Nobody (20%), someone who left (15%) or was disabled (7%), a team (8%), else a person. */
    private String owner() {
        double u = rng.unit();
        if (u < 0.2) {
            return null;
        }
        if (u < 0.35) {
            return identity(population.pickPerson(tenant, Population.DEPARTED, rng));
        }
        if (u < 0.42) {
            return identity(population.pickPerson(tenant, Population.DISABLED, rng));
        }
        if (u < 0.5) {
            return tenant.groupKey(rng.chance(0.5) ? TenantPlan.HELPDESK_GROUP : TenantPlan.FIRST_DEPARTMENT);
        }
        return identity(rng.chance(0.5) ? population.pickActiveAdmin(tenant, rng) : population.pickPerson(tenant, rng));
    }

    /** Expired (30%), expiring later (30%) or never (40%). */
    private void expires(long created) {
        double u = rng.unit();
        if (u < 0.3) {
            long expired = Timestamps.daysAfter(created, rng, 30, 365);
            out.dateTime(Math.min(expired, Timestamps.NOW - rng.between(1, 20) * Timestamps.DAY));
        } else if (u < 0.6) {
            out.dateTime(Timestamps.daysAfter(Timestamps.NOW, rng, 30, 365));
        } else {
            out.empty();
        }
    }

    private String ticket() {
        double u = rng.unit();
        if (u < 0.2) {
            return null;
        }
        return (u < 0.9 ? "CHG" : "INC") + (1_000_000 + rng.below(9_000_000));
    }

    private String identity(int index) {
        return tenant.identityKey(index);
    }
}
