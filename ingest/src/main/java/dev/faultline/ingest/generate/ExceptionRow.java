package dev.faultline.ingest.generate;

/** Draws and writes the rows of one tenant's exceptions.csv: all of them owned, approved, justified and in force. */
final class ExceptionRow {

    private final Plants plants;
    private final TenantPlan tenant;
    private final CsvOut out;
    private final Rng rng;
    private final Population population;

    ExceptionRow(Enterprise enterprise, Plants plants, TenantPlan tenant, CsvOut out, Rng rng) {
        this.plants = plants;
        this.tenant = tenant;
        this.out = out;
        this.rng = rng;
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

    /** A person excluded for a while: an active owner and requester, an admin's approval, an expiry to come or none. */
    void ordinary(String key, String policy, String justification) {
        out.text(key).ref(tenant.id()).ref(policy).ref(identity(subject()))
                .ref(identity(population.pickActivePerson(tenant, rng)))
                .ref(rng.chance(0.75) ? identity(population.pickPerson(tenant, rng)) : null)
                .ref(identity(population.pickActiveAdmin(tenant, rng)))
                .text(justification).text(ticket());
        long created = Timestamps.daysAgo(rng, 30, 2000);
        out.dateTime(created);
        if (rng.chance(0.5)) {
            out.dateTime(Timestamps.daysAfter(Timestamps.NOW, rng, 30, 365));
        } else {
            out.empty();
        }
        out.empty().end();
    }

    /** A member that no plant made privileged. */
    private int subject() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int member = population.pickPerson(tenant, rng);
            if (tenant.blocks().kindOf(member) == IdentityKind.MEMBER && !plants.plain(tenant.index(), member)) {
                return member;
            }
        }
        return population.pick(tenant, IdentityKind.MEMBER, rng);
    }

    private String ticket() {
        return (rng.chance(0.9) ? "CHG" : "INC") + (1_000_000 + rng.below(9_000_000));
    }

    private String identity(int index) {
        return tenant.identityKey(index);
    }
}
